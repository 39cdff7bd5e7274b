/**
 * Webhook retry schedule.
 *
 * A failed delivery is retried with exponential backoff: after attempt 1 wait 1 minute,
 * then 2, 4, 8, 16 and 32 minutes. Seven attempts in all span about 63 minutes, which rides
 * out a deploy or a short outage at the agency without hammering an endpoint that is down,
 * and still gives up within the hour so a stale story is not delivered long after the fact.
 */
export const MAX_WEBHOOK_ATTEMPTS = 7

const BASE_DELAY_MS = 60_000

/**
 * How long to wait before the next attempt, given how many attempts have already been made;
 * null when none remain. With no attempts made yet the first one is due now (0).
 */
export function retryDelayMs(attemptsSoFar: number): number | null {
  if (!Number.isFinite(attemptsSoFar) || attemptsSoFar >= MAX_WEBHOOK_ATTEMPTS) return null
  if (attemptsSoFar < 1) return 0
  return BASE_DELAY_MS * 2 ** (Math.floor(attemptsSoFar) - 1)
}
