import sharp from 'sharp'

import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { dashboardCharts } from '../charts/dashboardCharts'
import type { YearReport } from './buildYearReport'

export type ChartImage = { title: string; png: Buffer; width: number; height: number }

/** The report's charts as PNG for the PDF and the DOCX: the same SVG the page shows, rasterised by sharp. */
export async function chartImages(report: YearReport): Promise<ChartImage[]> {
  return Promise.all(
    dashboardCharts(report.figures, report.lang).map(async (chart) => {
      const svg = await renderToStaticHtml(chart.element)
      const image = sharp(Buffer.from(svg), { density: 144 })
      const png = await image.png().toBuffer()
      const meta = await sharp(png).metadata()
      return { title: chart.title, png, width: meta.width ?? 640, height: meta.height ?? 300 }
    }),
  )
}
