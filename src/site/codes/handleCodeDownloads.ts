import type { Payload } from 'payload'

import { loadPublishedComments } from '@/consultation/comments/loadPublishedComments'
import { loadCodeView, type CodeView } from '@/consultation/loadCodeView'
import { buildReport } from '@/consultation/report/buildReport'
import { codePdfResponse, reportCsvResponse } from '@/consultation/report/downloadResponses'
import { reportCsv } from '@/consultation/report/reportCsv'
import { withDeliveryErrors } from '@/delivery/api/errors'
import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { deliveryPayload } from '@/deliveryPayload'
import { type Lang } from '@/i18n/lang'

async function viewOf(payload: Payload, slug: string): Promise<CodeView> {
  const view = await loadCodeView(payload, slug)
  if (!view)
    throw new AppError(
      'not_found',
      inBothLanguages(apiRefusalMessages, (m) => m.noCode(slug.slice(0, 100))),
      { field: 'slug' },
    )
  return view
}

/** `GET /codes/{slug}/report.csv` (and /en/…): the consultation report, one row per clause; 404 JSON for an unknown code. */
export async function handleReportCsv(lang: Lang, slug: string): Promise<Response> {
  const payload = await deliveryPayload()
  return withDeliveryErrors(
    async () => {
      const view = await viewOf(payload, slug)
      const comments = await loadPublishedComments(payload, view.code.id)
      const report = buildReport({ revisions: view.revisions, current: view.current, comments })
      return reportCsvResponse(view.code.slug, reportCsv(report, lang))
    },
    (error) => payload.logger.error({ err: error, msg: 'GET /codes/{slug}/report.csv failed' }),
    lang,
  )
}

/** `GET /codes/{slug}/print.pdf` (and /en/…): the current revision as a numbered PDF; 404 JSON for an unknown code. */
export async function handleCodePdf(lang: Lang, slug: string): Promise<Response> {
  const payload = await deliveryPayload()
  const log = (error: unknown) => payload.logger.error({ err: error, msg: 'GET /codes/{slug}/print.pdf failed' })
  return withDeliveryErrors(
    async () => {
      const view = await viewOf(payload, slug)
      return codePdfResponse({ slug: view.code.slug, snapshot: view.current.snapshot, lang, publishedAt: view.current.publishedAt, onError: log })
    },
    log,
    lang,
  )
}
