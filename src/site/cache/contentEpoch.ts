import pg from 'pg'

let pool: pg.Pool | undefined
let known: { epoch: string; at: number } | undefined

/** How long an instance trusts the epoch it last read: pages refresh within this time of a change. */
const EPOCH_TTL_MS = 1000

/**
 * The content epoch: the delivery generation (bumped on every publish, schedule,
 * withdrawal and embargo lift, on whichever instance) plus the next embargo time once it
 * has passed, so a page refreshes the moment an embargo ends even before anyone lifts it.
 * Read at most once a second per instance; null when the database cannot be asked.
 */
export async function contentEpoch(now = Date.now()): Promise<string | null> {
  if (known && now - known.at < EPOCH_TTL_MS) return known.epoch
  const pool = proxyPool()
  if (!pool) return null
  try {
    const { rows } = await pool.query<{ generation: string; next_lift: Date | null }>('SELECT generation, next_lift FROM delivery_state WHERE id = 1')
    const row = rows[0]
    if (!row) return null
    const lifted = row.next_lift && row.next_lift.getTime() <= now ? `:${row.next_lift.getTime()}` : ''
    known = { epoch: `${row.generation}${lifted}`, at: now }
    return known.epoch
  } catch {
    return null
  }
}

/** Shared with the site's item lookups, so the proxy keeps one small pool. */
export function proxyPool(): pg.Pool | undefined {
  const url = process.env.DATABASE_URL
  if (!url) return undefined
  if (pool) return pool
  pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 })
  // An idle connection the server closes (a restart, a failover) makes the pool emit 'error';
  // unheard, that ends the process. The pool drops it and the next read connects anew.
  pool.on('error', () => undefined)
  return pool
}
