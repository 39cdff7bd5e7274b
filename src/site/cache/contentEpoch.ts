import pg from 'pg'

import { databaseReplicaUrls } from '@/config/databaseReplicas'
import { servingReplicas } from '@/db/readRouting'

let pool: pg.Pool | undefined
let replicaPools: pg.Pool[] | undefined
let known: { epoch: string | null; at: number } | undefined

/** How long an instance trusts the epoch it last read: pages refresh within this time of a change. */
const EPOCH_TTL_MS = 1000

type StateRow = { generation: string; next_lift: Date | null }

const readState = async (from: pg.Pool): Promise<StateRow | undefined> =>
  (await from.query<StateRow>('SELECT generation, next_lift FROM delivery_state WHERE id = 1')).rows[0]

/**
 * Where the epoch is read. Pages are rendered from the replicas when there are any
 * (src/db/readRouting.ts), so the epoch is read there too, as the oldest generation any
 * serving replica has replayed: a page rendered after that read shows at least that
 * generation, and is never kept under an epoch newer than what it shows. Without replicas,
 * or with every replica left out (down or too far behind), the primary, as pages are then.
 */
async function readEpochState(): Promise<StateRow | undefined> {
  const serving = servingReplicas()
  const replicas = replicaPoolsFor().filter((_, index) => serving[index] !== false)
  if (replicas.length === 0) {
    const primary = proxyPool()
    return primary ? readState(primary) : undefined
  }
  const rows = await Promise.all(replicas.map(readState))
  return rows.reduce<StateRow | undefined>((oldest, row) => (!row || !oldest || BigInt(row.generation) < BigInt(oldest.generation) ? row : oldest), rows[0])
}

/**
 * The content epoch: the delivery generation (bumped on every publish, schedule,
 * withdrawal and embargo lift, on whichever instance) plus the next embargo time once it
 * has passed, so a page refreshes the moment an embargo ends even before anyone lifts it.
 * Read at most once a second per instance; null (pages go uncached) when the database, or
 * any replica, cannot be asked.
 */
export async function contentEpoch(now = Date.now()): Promise<string | null> {
  if (known && now - known.at < EPOCH_TTL_MS) return known.epoch
  let epoch: string | null = null
  try {
    const row = await readEpochState()
    if (row) {
      const lifted = row.next_lift && row.next_lift.getTime() <= now ? `:${row.next_lift.getTime()}` : ''
      epoch = `${row.generation}${lifted}`
    }
  } catch {
    epoch = null
  }
  known = { epoch, at: now }
  return epoch
}

// An idle connection the server closes (a restart, a failover) makes a pool emit 'error';
// unheard, that ends the process. The pool drops it and the next read connects anew.
const quietPool = (connectionString: string, extra: pg.PoolConfig = {}) => {
  const created = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 30_000, ...extra })
  created.on('error', () => undefined)
  return created
}

/** Shared with the site's item lookups, so the proxy keeps one small pool. */
export function proxyPool(): pg.Pool | undefined {
  const url = process.env.DATABASE_URL
  if (!url) return undefined
  pool ??= quietPool(url)
  return pool
}

/** One small pool per read replica; a replica that does not answer within a second counts as down. */
function replicaPoolsFor(): pg.Pool[] {
  replicaPools ??= databaseReplicaUrls().map((url) => quietPool(url, { max: 1, connectionTimeoutMillis: 1000 }))
  return replicaPools
}
