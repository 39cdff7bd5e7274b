import type { Sql } from './sql'

/** The channel on which committed work wakes the `npm run worker` processes (LISTEN/NOTIFY). */
export const WORK_CHANNEL = 'newsroom_work'

/** What a worker should do at once: post due webhooks, or send due mail. */
export type WorkKind = 'webhooks' | 'mail'

export const WORK_KINDS: readonly WorkKind[] = ['webhooks', 'mail']

/**
 * Tells the workers that rows of this kind are due. Called in the transaction that wrote
 * them: PostgreSQL delivers a NOTIFY only at commit (never for a rollback), so a worker
 * never looks before the rows are there, and repeats within one transaction arrive once.
 */
export async function signalWork(sql: Sql, kind: WorkKind): Promise<void> {
  await sql('SELECT pg_notify($1, $2)', [WORK_CHANNEL, kind])
}
