import { describe, expect, it } from 'vitest'

import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { dashboardCharts } from '@/programme/charts/dashboardCharts'
import type { DashboardFigures } from '@/programme/dashboard/dashboardTypes'

const nothing: DashboardFigures = {
  period: { from: '2030-12-31T17:00:00.000Z', to: '2031-12-31T17:00:00.000Z', institution: null },
  generatedAt: '2031-01-01T00:00:00.000Z',
  tasks: [],
  objectives: [],
  agencies: [{ id: 1, name: 'VietNamNet', webhooksDelivered: 0, apiFetches: 0 }],
  mail: { sent: 0, bounces: 0 },
  accreditations: 0,
  bundleDownloads: 0,
  commentsByGroup: [],
  commentsByClause: [],
  publicationsByWeek: [],
}

describe("the dashboard's charts", () => {
  it("say there is no data for the period, in the reader's language, instead of drawing empty axes", async () => {
    for (const [lang, sentence] of [
      ['vi', 'Không có số liệu trong khoảng thời gian này.'],
      ['en', 'No data for this period.'],
    ] as const) {
      const charts = dashboardCharts(nothing, lang)
      expect(charts.map((chart) => chart.empty)).toEqual([true, true, true])
      for (const chart of charts) {
        const svg = await renderToStaticHtml(chart.element)
        expect(svg).toMatch(/^<svg/)
        expect(svg).toContain(sentence)
        expect(svg).not.toContain('<line') // no axis
      }
    }
  })

  it('draw the bars once there is something to count', async () => {
    const some: DashboardFigures = {
      ...nothing,
      agencies: [{ id: 1, name: 'VietNamNet', webhooksDelivered: 3, apiFetches: 2 }],
      publicationsByWeek: [{ week: '2031-03-02', task: 6, count: 2 }],
      commentsByClause: [{ clause: '1.1', total: 4, answered: 1 }],
    }
    const charts = dashboardCharts(some, 'en')
    expect(charts.map((chart) => chart.empty)).toEqual([false, false, false])
    const publications = await renderToStaticHtml(charts[0]!.element)
    expect(publications).not.toContain('No data for this period.')
    expect(publications).toContain('<line')
  })
})
