import React from 'react'

/** Colours that stay apart in print and for common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']

const FONT = 'DejaVu Sans, Arial, sans-serif'

export type BarRow = { label: string; values: number[] }

/** A "nice" top for an axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value)!
}

function Legend({ series, y }: { series: string[]; y: number }) {
  return (
    <g fontFamily={FONT} fontSize={12}>
      {series.map((name, index) => (
        <g key={name} transform={`translate(${10 + index * 170}, ${y})`}>
          <rect width={12} height={12} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} />
          <text x={18} y={11}>
            {name}
          </text>
        </g>
      ))}
    </g>
  )
}

/**
 * Grouped horizontal bars, one row per label and one bar per series, drawn as plain SVG on
 * the server: it needs no script, scales with the page and prints as drawn. Each bar
 * carries its number, so the chart can be read without colour.
 */
export function HorizontalBars({ title, rows, series, width = 640 }: { title: string; rows: BarRow[]; series: string[]; width?: number }) {
  const labelWidth = 180
  const barHeight = 14
  const rowHeight = series.length * barHeight + 10
  const top = 30
  const height = top + Math.max(1, rows.length) * rowHeight + 30
  const max = niceMax(Math.max(0, ...rows.flatMap((row) => row.values)))
  const plot = width - labelWidth - 50
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title}>
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={10} y={18} fontFamily={FONT} fontSize={14} fontWeight="bold">
        {title}
      </text>
      {rows.map((row, rowIndex) => (
        <g key={`${row.label}-${rowIndex}`} transform={`translate(0, ${top + rowIndex * rowHeight})`}>
          <text x={labelWidth - 8} y={(series.length * barHeight) / 2 + 4} textAnchor="end" fontFamily={FONT} fontSize={12}>
            {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
          </text>
          {row.values.map((value, index) => (
            <g key={index}>
              <rect
                x={labelWidth}
                y={index * barHeight}
                width={Math.max(value > 0 ? 1 : 0, (value / max) * plot)}
                height={barHeight - 2}
                fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              />
              <text x={labelWidth + (value / max) * plot + 4} y={index * barHeight + barHeight - 4} fontFamily={FONT} fontSize={11}>
                {value}
              </text>
            </g>
          ))}
        </g>
      ))}
      <Legend series={series} y={height - 20} />
    </svg>
  )
}

/** Stacked weekly columns: one column per week, one colour per series (a task). */
export function WeeklyColumns({
  title,
  weeks,
  series,
  counts,
  width = 640,
}: {
  title: string
  weeks: string[]
  series: string[]
  /** counts[seriesIndex][weekIndex] */
  counts: number[][]
  width?: number
}) {
  const height = 260
  const left = 40
  const top = 30
  const plotHeight = 150
  const totals = weeks.map((_, week) => counts.reduce((sum, row) => sum + (row[week] ?? 0), 0))
  const max = niceMax(Math.max(0, ...totals))
  const step = (width - left - 10) / Math.max(1, weeks.length)
  const barWidth = Math.max(4, Math.min(40, step * 0.7))
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={title}>
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={10} y={18} fontFamily={FONT} fontSize={14} fontWeight="bold">
        {title}
      </text>
      <line x1={left} y1={top + plotHeight} x2={width - 10} y2={top + plotHeight} stroke="#333333" />
      <text x={left - 6} y={top + 10} textAnchor="end" fontFamily={FONT} fontSize={11}>
        {max}
      </text>
      <text x={left - 6} y={top + plotHeight} textAnchor="end" fontFamily={FONT} fontSize={11}>
        0
      </text>
      {weeks.map((week, weekIndex) => {
        let base = top + plotHeight
        const x = left + weekIndex * step + (step - barWidth) / 2
        return (
          <g key={week}>
            {series.map((name, seriesIndex) => {
              const value = counts[seriesIndex]?.[weekIndex] ?? 0
              const h = (value / max) * plotHeight
              base -= h
              return value > 0 ? (
                <rect key={name} x={x} y={base} width={barWidth} height={h} fill={SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]}>
                  <title>{`${name}, ${week}: ${value}`}</title>
                </rect>
              ) : null
            })}
            <text x={x + barWidth / 2} y={base - 3} textAnchor="middle" fontFamily={FONT} fontSize={10}>
              {totals[weekIndex]}
            </text>
            <text
              x={x + barWidth / 2}
              y={top + plotHeight + 14}
              textAnchor="end"
              fontFamily={FONT}
              fontSize={10}
              transform={`rotate(-45 ${x + barWidth / 2} ${top + plotHeight + 14})`}
            >
              {week}
            </text>
          </g>
        )
      })}
      <Legend series={series} y={height - 20} />
    </svg>
  )
}

/** A chart with nothing to draw: its title and a sentence saying so, instead of empty axes. */
export function EmptyChart({ title, message, width = 640, height = 120 }: { title: string; message: string; width?: number; height?: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}: ${message}`}>
      <title>{`${title}: ${message}`}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={10} y={18} fontFamily={FONT} fontSize={14} fontWeight="bold">
        {title}
      </text>
      <rect x={10} y={32} width={width - 20} height={height - 44} fill="none" stroke="#999999" strokeDasharray="4 4" />
      <text x={width / 2} y={32 + (height - 44) / 2 + 5} textAnchor="middle" fontFamily={FONT} fontSize={13} fill="#333333" data-empty-chart="true">
        {message}
      </text>
    </svg>
  )
}
