import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { fromAddress } from '@/mail/bulkTransport'
import { previewDigest } from '@/email/preview/previewDigest'
import { sharedBulkTransport } from '@/mail/sharedBulkTransport'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { adminToolMessages } from '@/i18n/messages/adminTools'

const refusalsFor = (req: PayloadRequest) => messagesIn(adminToolMessages, langOfPayloadRequest(req)).refused

const fail = (status: number, code: string, message: string, field?: string) =>
  Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status })

function idOf(raw: unknown): number | null {
  const id = Number(raw)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/** `GET /api/subscribers/{id}/digest-preview?kind=daily|weekly`: the digest this subscriber would get now, as HTML. */
export const digestPreviewEndpoint: Endpoint = {
  path: '/:id/digest-preview',
  method: 'get',
  handler: async (req) => {
    const words = refusalsFor(req)
    if (!hasRole(req.user, 'admin', 'press-officer')) return fail(req.user ? 403 : 401, 'forbidden', words.preview)
    const id = idOf(req.routeParams?.id)
    if (!id) return fail(400, 'invalid_parameter', words.subscriberId, 'id')
    const kind = req.query?.kind === 'weekly' ? 'weekly' : 'daily'
    const preview = await previewDigest(req.payload, id, kind)
    if ('missing' in preview) return fail(404, 'not_found', words.noSubscriber(String(id)), 'id')
    const html = preview.mail.html || `<!doctype html><meta charset="utf-8"><p>${escapeHtml(words.nothingToPreview)}</p>`
    // The preview is shown as a page of its own: no scripts may run in it.
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src https: http:; sandbox",
        'Cache-Control': 'no-store',
      },
    })
  },
}

/** `POST /api/subscribers/{id}/send-test`: sends that preview to the signed-in staff member, marked as a test. */
export const sendTestDigestEndpoint: Endpoint = {
  path: '/:id/send-test',
  method: 'post',
  handler: async (req) => {
    const words = refusalsFor(req)
    if (!hasRole(req.user, 'admin', 'press-officer')) return fail(req.user ? 403 : 401, 'forbidden', words.sendTest)
    const id = idOf(req.routeParams?.id)
    if (!id) return fail(400, 'invalid_parameter', words.subscriberId, 'id')
    const preview = await previewDigest(req.payload, id)
    if ('missing' in preview) return fail(404, 'not_found', words.noSubscriber(String(id)), 'id')
    if (!preview.mail.html) return fail(409, 'nothing_to_send', words.nothingToSend)
    const to = String((req.user as { email?: string }).email)
    await sharedBulkTransport().sendMail({
      from: fromAddress(),
      to,
      subject: `[TEST] ${preview.mail.subject}`,
      text: preview.mail.text,
      html: preview.mail.html,
    })
    return Response.json({ to, subject: `[TEST] ${preview.mail.subject}` })
  },
}
