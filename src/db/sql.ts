import { sql as drizzleSql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Pool, PoolClient } from 'pg'

/** Runs one parameterised statement (`$1`, `$2` …) and returns its rows. */
export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>

type DrizzleLike = { execute: (query: unknown) => Promise<{ rows: unknown[] }> }
type Adapter = { drizzle: DrizzleLike; sessions: Record<string, { db: DrizzleLike } | undefined>; pool: Pool }

const adapterOf = (payload: Payload): Adapter => payload.db as unknown as Adapter

/** The pg pool behind Payload, for the delivery API's hot path (reads that need no transaction). */
export const poolOf = (payload: Payload): Pool => adapterOf(payload).pool

// Each value is bound as one parameter (an array stays an array, as node-postgres binds it).
function toDrizzle(text: string, params: unknown[]) {
  const parts = text.split(/\$(\d+)/)
  return drizzleSql.join(parts.map((part, i) => (i % 2 === 0 ? drizzleSql.raw(part) : drizzleSql.param(params[Number(part) - 1]))))
}

/**
 * SQL inside the request's transaction, so that a change log row, its webhook ledger rows
 * and the publication they describe are committed together or not at all.
 */
export async function sqlFor(req: PayloadRequest): Promise<Sql> {
  const adapter = adapterOf(req.payload)
  const session = req.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  const db = session?.db ?? adapter.drizzle
  return async <T>(text: string, params: unknown[] = []) => (await db.execute(toDrizzle(text, params))).rows as T[]
}

export const sqlForClient =
  (client: Pool | PoolClient): Sql =>
  async <T>(text: string, params: unknown[] = []) =>
    (await client.query(text, params)).rows as T[]

/** Runs `work` in its own transaction on a pooled connection. */
export const inTransaction = <T>(payload: Payload, work: (sql: Sql) => Promise<T>): Promise<T> => transactionOn(poolOf(payload), ['BEGIN'], work)

/**
 * Runs reads in one read-only transaction without JIT compilation. For statements whose
 * plan is costed as if they read a whole table but stop early (a walk with a LIMIT): the
 * cost switches JIT on, and compiling takes ten times longer than the query runs.
 */
export const readOnlyWithoutJit = <T>(payload: Payload, work: (sql: Sql) => Promise<T>): Promise<T> =>
  transactionOn(poolOf(payload), ['BEGIN READ ONLY', 'SET LOCAL jit = off'], work)

async function transactionOn<T>(pool: Pool, begin: string[], work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    for (const statement of begin) await client.query(statement)
    const result = await work(sqlForClient(client))
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
