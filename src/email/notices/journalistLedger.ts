import type { Sql } from '../../delivery/db/sql'

/**
 * The mail ledger's rows for accredited journalists. `deliveries` holds subscribers only
 * (its subscriber is required), and journalists are not subscribers, so their notices are
 * kept in Payload's key-value table, one key per run and journalist, with the same life as
 * a delivery: pending → sending → sent | failed | suppressed. The unique key makes a row
 * once per person and run, whoever plans it and however often.
 */
export const JOURNALIST_NOTICE_PREFIX = 'press-notice:'

export const journalistNoticeKey = (runId: number, journalistId: number): string => `${JOURNALIST_NOTICE_PREFIX}${runId}:${journalistId}`

/** Writes the journalists' ledger rows of a run, before anything is sent, in the caller's transaction. */
export async function addJournalistRecipients(sql: Sql, runId: number, journalistIds: number[]): Promise<void> {
  if (journalistIds.length === 0) return
  await sql(
    `INSERT INTO payload_kv (key, data)
     SELECT $1 || $2::int || ':' || id,
            jsonb_build_object('runId', $2::int, 'journalistId', id, 'status', 'pending', 'attempts', 0, 'nextAttemptAt', now())
       FROM unnest($3::int[]) AS id
     ON CONFLICT (key) DO NOTHING`,
    [JOURNALIST_NOTICE_PREFIX, runId, journalistIds],
  )
}
