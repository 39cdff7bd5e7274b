import type { Sql } from '@/db/sql'
import { MAX_MAIL_ATTEMPTS, mailRetryDelayMs, type SendOutcome } from '../ledger/settleDelivery'

/** Records what happened to one journalist notice, with the retries and limits of subscriber mail. */
export async function settleJournalistNotice(sql: Sql, notice: { id: number; attempts: number }, outcome: SendOutcome): Promise<void> {
  const attempts = notice.attempts + (outcome.kind === 'suppressed' ? 0 : 1)
  if (outcome.kind === 'sent') {
    await sql(
      `UPDATE journalist_notices SET status = 'sent', attempts = $2, message_id = $3, last_error = NULL, sent_at = now(), next_attempt_at = NULL WHERE id = $1`,
      [notice.id, attempts, outcome.messageId.slice(0, 300)],
    )
    return
  }
  if (outcome.kind === 'suppressed') {
    await sql(`UPDATE journalist_notices SET status = 'suppressed', last_error = $2, next_attempt_at = NULL WHERE id = $1`, [
      notice.id,
      outcome.reason.slice(0, 500),
    ])
    return
  }
  if (outcome.kind === 'temporary' && attempts < MAX_MAIL_ATTEMPTS) {
    await sql(`UPDATE journalist_notices SET status = 'pending', attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1`, [
      notice.id,
      attempts,
      outcome.error.slice(0, 500),
      new Date(Date.now() + mailRetryDelayMs(attempts)).toISOString(),
    ])
    return
  }
  // No bounce is counted: a journalist has no subscription to mark bounced; accreditation decides who hears from us.
  await sql(`UPDATE journalist_notices SET status = 'failed', attempts = $2, last_error = $3, next_attempt_at = NULL WHERE id = $1`, [
    notice.id,
    attempts,
    outcome.error.slice(0, 500),
  ])
}
