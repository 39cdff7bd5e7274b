import type { Sql } from '@/db/sql'
import { BOUNCES_BEFORE_BOUNCED } from '@/subscriptions/constants'

export const MAX_MAIL_ATTEMPTS = 5

/** After attempt n fails with a temporary (4xx) error, wait 1, 2, 4, 8 minutes. */
export const mailRetryDelayMs = (attempts: number): number => 60_000 * 2 ** Math.max(0, attempts - 1)

export type SendOutcome =
  { kind: 'sent'; messageId: string } | { kind: 'temporary'; error: string } | { kind: 'permanent'; error: string } | { kind: 'suppressed'; reason: string }

/**
 * Records what happened to one delivery. A permanent (5xx) refusal counts a bounce, and
 * the third bounce marks the subscriber `bounced`; a temporary one is retried with
 * backoff, up to five attempts. Digests also move the subscriber's last-digest time.
 */
export async function settleDelivery(
  sql: Sql,
  delivery: { id: number; attempts: number; subscriberId: number },
  outcome: SendOutcome,
  digestEnd?: Date | null,
): Promise<void> {
  const attempts = delivery.attempts + (outcome.kind === 'suppressed' ? 0 : 1)
  if (outcome.kind === 'sent') {
    await sql(
      `UPDATE deliveries SET status = 'sent', attempts = $2, message_id = $3, last_error = NULL, sent_at = now(), next_attempt_at = NULL, updated_at = now() WHERE id = $1`,
      [delivery.id, attempts, outcome.messageId.slice(0, 300)],
    )
    if (digestEnd)
      await sql('UPDATE subscribers SET last_digest_at = greatest(coalesce(last_digest_at, $2), $2) WHERE id = $1', [
        delivery.subscriberId,
        digestEnd.toISOString(),
      ])
    return
  }
  if (outcome.kind === 'suppressed') {
    await sql(`UPDATE deliveries SET status = 'suppressed', last_error = $2, next_attempt_at = NULL, updated_at = now() WHERE id = $1`, [
      delivery.id,
      outcome.reason.slice(0, 500),
    ])
    return
  }
  if (outcome.kind === 'temporary' && attempts < MAX_MAIL_ATTEMPTS) {
    await sql(`UPDATE deliveries SET status = 'pending', attempts = $2, last_error = $3, next_attempt_at = $4, updated_at = now() WHERE id = $1`, [
      delivery.id,
      attempts,
      outcome.error.slice(0, 500),
      new Date(Date.now() + mailRetryDelayMs(attempts)).toISOString(),
    ])
    return
  }
  await sql(`UPDATE deliveries SET status = 'failed', attempts = $2, last_error = $3, next_attempt_at = NULL, updated_at = now() WHERE id = $1`, [
    delivery.id,
    attempts,
    outcome.error.slice(0, 500),
  ])
  if (outcome.kind === 'permanent') {
    await sql(
      `UPDATE subscribers SET bounce_count = coalesce(bounce_count, 0) + 1,
              status = CASE WHEN coalesce(bounce_count, 0) + 1 >= $2 THEN 'bounced'::enum_subscribers_status ELSE status END
        WHERE id = $1`,
      [delivery.subscriberId, BOUNCES_BEFORE_BOUNCED],
    )
  }
}

/**
 * Marks a whole batch sent in one statement (two for digests): the sender's hot path.
 * A crash before it leaves the batch `sending`, at most the pool size, to go again.
 */
export async function settleSent(
  sql: Sql,
  sent: Array<{ id: number; attempts: number; subscriberId: number; messageId: string }>,
  digestEnd?: Date | null,
): Promise<void> {
  if (sent.length === 0) return
  await sql(
    `UPDATE deliveries d SET status = 'sent', attempts = v.attempts, message_id = v.message_id, last_error = NULL, sent_at = now(), next_attempt_at = NULL, updated_at = now()
       FROM unnest($1::int[], $2::int[], $3::text[]) AS v(id, attempts, message_id) WHERE d.id = v.id`,
    [sent.map((row) => row.id), sent.map((row) => row.attempts + 1), sent.map((row) => row.messageId.slice(0, 300))],
  )
  if (digestEnd) {
    await sql('UPDATE subscribers SET last_digest_at = greatest(coalesce(last_digest_at, $2), $2) WHERE id = ANY($1::int[])', [
      sent.map((row) => row.subscriberId),
      digestEnd.toISOString(),
    ])
  }
}
