import type { PayloadRequest } from 'payload'

import { inBothLanguages } from '@/i18n/defineMessages'
import { isLang, langOfPayloadRequest, type Lang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import { AppError } from '@/platform/errors/appError'
import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { parseReportFormat, parseYear } from '../parseProgrammeQuery'
import { buildYearReport, type YearReport } from '../report/buildYearReport'
import { ReportDocument } from '../report/ReportDocument'
import { renderReportCsv } from '../report/renderReportCsv'
import { renderReportDocx } from '../report/renderReportDocx'
import { renderReportPdf } from '../report/renderReportPdf'
import { requireStaff, withProgrammeErrors } from './programmeAccess'

// `locale` chooses the language of error messages, as on every API route.
const ALLOWED = ['year', 'format', 'lang', 'locale']
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

/**
 * `GET /api/programme/report?year=2021&format=html|pdf|docx|csv&lang=vi|en`: the year-end
 * report for staff. Once the year's report is marked submitted, the frozen copy is served.
 */
export function handleReport(req: PayloadRequest): Promise<Response> {
  return withProgrammeErrors(req, async () => {
    requireStaff(req)
    const params = new URL(req.url ?? 'http://x/').searchParams
    for (const name of params.keys()) {
      if (!ALLOWED.includes(name))
        throw new AppError(
          'invalid_parameter',
          inBothLanguages(programmeMessages, (m) => m.unknownParameter(name)),
          { field: name },
        )
    }
    // By default the programme year of today in Viet Nam.
    const year = parseYear(params.get('year') ?? String(new Date(Date.now() + 7 * 3600_000).getUTCFullYear()), 'year')
    const format = parseReportFormat(params.get('format'))
    const langParam = params.get('lang')
    if (langParam !== null && !isLang(langParam))
      throw new AppError(
        'invalid_parameter',
        inBothLanguages(programmeMessages, (m) => m.badLang('lang')),
        { field: 'lang' },
      )
    const lang: Lang = langParam ?? langOfPayloadRequest(req)
    const report = await reportFor(req, year, lang)
    if (!report)
      throw new AppError(
        'invalid_parameter',
        inBothLanguages(programmeMessages, (m) => m.badYear),
        { field: 'year' },
      )
    const name = `bao-cao-chuong-trinh-${year}-${lang}`
    if (format === 'csv')
      return new Response(renderReportCsv(report), {
        headers: { ...PRIVATE, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
      })
    if (format === 'pdf')
      return new Response(new Uint8Array(await renderReportPdf(report)), {
        headers: { ...PRIVATE, 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}.pdf"` },
      })
    if (format === 'docx') {
      return new Response(new Uint8Array(await renderReportDocx(report)), {
        headers: {
          ...PRIVATE,
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': `attachment; filename="${name}.docx"`,
        },
      })
    }
    const html = `<!doctype html>${await renderToStaticHtml(ReportDocument({ report }))}`
    return new Response(html, { headers: { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8' } })
  })
}

/** The frozen copy of a submitted report, or the report as it stands today. */
async function reportFor(req: PayloadRequest, year: number, lang: Lang): Promise<YearReport | null> {
  const { docs } = await req.payload.find({
    collection: 'programme-years',
    where: { year: { equals: year } },
    depth: 0,
    limit: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const frozen = docs[0]?.frozenReport as Partial<Record<Lang, YearReport>> | null | undefined
  if (frozen?.[lang]) return frozen[lang]!
  return buildYearReport(req.payload, { year, lang, user: req.user! })
}
