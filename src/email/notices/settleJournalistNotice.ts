import type { Sql } from '../../delivery/db/sql'
import { MAX_MAIL_ATTEMPTS, mailRetryDelayMs, type SendOutcome } from '../ledger/settleDelivery'

/** Records what happened to one journalist notice, with the retries and limits of subscriber mail. */
export async function settleJournalistNotice(sql: Sql, notice: { id: number; attempts: number }, outcome: SendOutcome): Promise<void> {
  const attempts = notice.attempts + (outcome.kind === 'suppressed' ? 0 : 1)
  let patch: Record<string, unknown>
  if (outcome.kind === 'sent') patch = { status: 'sent', attempts, messageId: outcome.messageId.slice(0, 300), lastError: null, sentAt: new Date().toISOString() }
  else if (outcome.kind === 'suppressed') patch = { status: 'suppressed', lastError: outcome.reason.slice(0, 500) }
  else if (outcome.kind === 'temporary' && attempts < MAX_MAIL_ATTEMPTS) {
    patch = { status: 'pending', attempts, lastError: outcome.error.slice(0, 500), nextAttemptAt: new Date(Date.now() + mailRetryDelayMs(attempts)).toISOString() }
  } else patch = { status: 'failed', attempts, lastError: outcome.error.slice(0, 500) }
  await sql('UPDATE payload_kv SET data = data || $2::jsonb WHERE id = $1', [notice.id, JSON.stringify(patch)])
}
