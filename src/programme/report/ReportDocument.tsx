import React from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import { dashboardCharts } from '../charts/dashboardCharts'
import type { YearReport } from './buildYearReport'
import { appendixTables } from './appendixTables'

const PRINT_CSS = `
body { font-family: 'Times New Roman', 'DejaVu Serif', serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
.header { display: flex; justify-content: space-between; text-align: center; gap: 2rem; }
.header p { margin: 0.1rem 0; }
h1 { text-align: center; font-size: 1.15rem; white-space: pre-line; }
h2 { font-size: 1.05rem; } h3 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin-bottom: 1rem; }
th, td { border: 1px solid #444; padding: 0.2rem 0.35rem; text-align: left; }
svg { max-width: 100%; height: auto; }
figure { margin: 1rem 0; break-inside: avoid; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`

/** The year-end report as a printable page, in the shape of a Vietnamese administrative report. */
export function ReportDocument({ report }: { report: YearReport }) {
  const words = messagesIn(programmeMessages, report.lang)
  return (
    <html lang={report.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="robots" content="noindex" />
        <title>{report.title.replace('\n', ' ')}</title>
        <style>{PRINT_CSS}</style>
      </head>
      <body>
        <div className="header">
          <div>
            <p>{report.ministry}</p>
            <p>
              <strong>{report.department}</strong>
            </p>
            <p>{report.number}</p>
          </div>
          <div>
            <p>
              <strong>{words.nationalMotto}</strong>
            </p>
            <p>
              <strong>{words.nationalSubMotto}</strong>
            </p>
            <p>
              <em>{report.placeAndDate}</em>
            </p>
          </div>
        </div>
        <h1>{report.title}</h1>
        <p style={{ textAlign: 'center' }}>{words.recipient}</p>
        <p>
          {report.decision}. {report.period}.
        </p>
        {report.submittedAt ? <p>{words.submitted(report.submittedAt)}</p> : null}

        <h2>{words.sectionResults}</h2>
        {report.objectives.map((objective) => (
          <section key={objective.number}>
            <h3>{objective.label}</h3>
            {objective.text ? <p>{objective.text}</p> : null}
            <p>{objective.figures}</p>
            <ul>
              {objective.tasks.map((task) => (
                <li key={task.number}>
                  <strong>{task.label}</strong> ({task.host}; {task.due}; {task.status}): {task.text} {task.figures}
                  {task.progress.length > 0 ? (
                    <ul>
                      {task.progress.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {dashboardCharts(report.figures, report.lang).map((chart) => (
          <figure key={chart.id}>{chart.element}</figure>
        ))}

        <h2>{words.sectionDifficulties}</h2>
        {report.difficulties.split(/\n+/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}

        <h2>{words.sectionProposals}</h2>
        <ol>
          {report.proposals.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>

        <h2>{words.appendix}</h2>
        {appendixTables(report).map((table) => (
          <table key={table.title}>
            <caption style={{ textAlign: 'left', fontWeight: 'bold' }}>{table.title}</caption>
            <thead>
              <tr>
                {table.head.map((head) => (
                  <th key={head}>{head}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((value, column) => (
                    <td key={column}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </body>
    </html>
  )
}
