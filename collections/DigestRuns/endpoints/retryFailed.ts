import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { recordAudit } from '@/audit/recordAudit'
import { sqlFor } from '@/db/sql'
import { signalWork } from '@/db/workSignal'
import { refreshRunTotals } from '@/email/ledger/refreshRunTotals'
import { kickMail } from '@/email/kickMail'
import { retryFailedJournalistNotices } from '@/email/notices/retryFailedJournalistNotices'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { adminToolMessages } from '@/i18n/messages/adminTools'
import { auditSummary } from '@/i18n/messages/auditSummaries'

const fail = (status: number, code: string, message: string) => Response.json({ error: { code, message, field: 'id' } }, { status })

/**
 * `POST /api/digest-runs/{id}/retry-failed`: puts a run's failed deliveries, to subscribers
 * and (for a withdrawal or correction notice) to journalists, back in the queue with fresh
 * attempts. Sent ones are never touched, so nobody gets a second copy. Answers
 * `{ id, retried, journalists }`: `retried` counts both, `journalists` the journalists' part.
 */
export const retryFailedEndpoint: Endpoint = {
  path: '/:id/retry-failed',
  method: 'post',
  handler: async (req) => {
    const words = messagesIn(adminToolMessages, langOfPayloadRequest(req)).refused
    if (!hasRole(req.user, 'admin', 'press-officer'))
      return Response.json({ error: { code: 'forbidden', message: words.retry } }, { status: req.user ? 403 : 401 })
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id <= 0) return fail(400, 'invalid_parameter', words.runId)
    const ownTransaction = await initTransaction(req)
    try {
      const sql = await sqlFor(req)
      const [run] = await sql<{ id: number }>('SELECT id FROM digest_runs WHERE id = $1', [id])
      if (!run) {
        if (ownTransaction) await commitTransaction(req)
        return fail(404, 'not_found', words.noRun(String(id)))
      }
      const retried = await sql<{ id: number }>(
        `UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), last_error = NULL, updated_at = now()
          WHERE run_id = $1 AND status = 'failed' RETURNING id`,
        [id],
      )
      const journalists = await retryFailedJournalistNotices(sql, id)
      const total = retried.length + journalists
      await refreshRunTotals(sql, id)
      if (total > 0) await signalWork(sql, 'mail')
      await recordAudit({
        req,
        event: 'mail_retry',
        summary: auditSummary('mailRetried', { total, run: String(id) }),
        target: { collection: 'digest-runs', id },
        details: { retried: total, journalists },
      })
      if (ownTransaction) await commitTransaction(req)
      kickMail(req.payload)
      return Response.json({ id, retried: total, journalists })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
