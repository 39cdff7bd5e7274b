import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAudit } from '@/audit/recordAudit'
import { sqlFor } from '@/db/sql'
import { signalWork } from '@/db/workSignal'
import { kickWebhooks } from '@/delivery/webhooks/kickWebhooks'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { adminToolMessages } from '@/i18n/messages/adminTools'
import { auditSummary } from '@/i18n/messages/auditSummaries'

const fail = (status: number, code: string, message: string, field?: string) =>
  Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status })

/**
 * `POST /api/webhook-deliveries/{id}/resend`: an admin sends a delivery again, whatever
 * its status: it goes back to pending with a fresh set of attempts.
 */
export const resendWebhookEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const words = messagesIn(adminToolMessages, langOfPayloadRequest(req)).refused
    if (!hasRole(req.user, 'admin')) return fail(req.user ? 403 : 401, 'forbidden', words.resend)
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id <= 0) return fail(400, 'invalid_parameter', words.deliveryId, 'id')
    // The re-queue and its audit entry are saved together or not at all.
    const ownTransaction = await initTransaction(req)
    try {
      const sql = await sqlFor(req)
      const rows = await sql<{ id: number; item_id: string; agency_id: number }>(
        `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), claimed_at = NULL, updated_at = now()
          WHERE id = $1 AND status <> 'sending' RETURNING id, item_id, agency_id`,
        [id],
      )
      if (rows.length === 0) {
        if (ownTransaction) await commitTransaction(req)
        return fail(404, 'not_found', words.noDelivery(String(id)), 'id')
      }
      await recordAudit({
        req,
        event: 'webhook_resend',
        summary: auditSummary('webhookResent', { id: String(id), item: String(rows[0]!.item_id) }),
        target: { collection: 'webhook-deliveries', id },
        details: { agencyId: rows[0]!.agency_id },
      })
      await signalWork(sql, 'webhooks')
      if (ownTransaction) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    kickWebhooks(req.payload)
    return Response.json({ id, status: 'pending' }, { status: 202 })
  },
}
