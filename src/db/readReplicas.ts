import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'
import type { Payload } from 'payload'

import { describeDatabaseUrl } from './describeUrl'
import { parseLsn, pruneSamples, replicaLagMs, type WalSample } from './replicaLag'
import { primaryReadsWanted, readFromPrimary, reportServingReplicas } from './readRouting'

/** A replica that failed is left out for this long, then asked again in the background. */
const PROBE_MS = 2_000
/** A replica that cannot be reached must not hold a read up for long before it goes to the primary. */
const CONNECT_TIMEOUT_MS = 2_000

type QueryArgs = Parameters<pg.Pool['query']>
type Db = Parameters<typeof withReplicas>[0]
type Adapter = {
  drizzle: Db
  primaryDrizzle?: Db
  pool: pg.Pool
  poolOptions: pg.PoolConfig
  schema: Record<string, unknown>
  logger?: unknown
}

/** How often each process compares its replicas' replay position with the primary's. */
const LAG_CHECK_MS = 1_000

/** One replica's pool and whether reads may go to it now. */
class Replica {
  up = true
  /** Behind the primary by more than the allowed lag: answering, but with old data. */
  stale = false
  /** The last lag measured, in milliseconds; null until measured or while the replica is down. */
  lagMs: number | null = null
  private probing: NodeJS.Timeout | null = null

  constructor(
    readonly pool: pg.Pool,
    private readonly name: string,
    private readonly warn: (line: string) => void,
  ) {
    // An idle connection the replica closes (a restart, a kill) must not end the process.
    pool.on('error', (error) => this.markDown(error))
  }

  markDown(error: Error): void {
    if (this.up) this.warn(`Read replica ${this.name} failed (${error.message}); reading from the primary until it answers again.`)
    this.up = false
    this.scheduleProbe()
  }

  get serving(): boolean {
    return this.up && !this.stale
  }

  /** Records a lag measurement and leaves the replica out while it exceeds `maxLagMs`. */
  noteLag(lagMs: number, maxLagMs: number): void {
    this.lagMs = lagMs
    if (!this.stale && lagMs > maxLagMs) this.warn(`Read replica ${this.name} is ${lagMs} ms behind the primary; reading from the primary until it catches up.`)
    if (this.stale && lagMs <= maxLagMs) this.warn(`Read replica ${this.name} has caught up; reads go to it.`)
    this.stale = lagMs > maxLagMs
  }

  private scheduleProbe(): void {
    if (this.probing) return
    this.probing = setTimeout(() => {
      this.probing = null
      this.pool.query('SELECT 1').then(
        () => {
          this.up = true
          this.warn(`Read replica ${this.name} answers again; reads go to it.`)
        },
        () => this.scheduleProbe(),
      )
    }, PROBE_MS)
    this.probing.unref()
  }
}

/**
 * A pg client for one replica that never fails a read the primary could answer: every
 * error on the replica (it went away mid-query, it cancelled the query for a recovery
 * conflict) sends the same read to the primary. Reads are safe to repeat, and writes
 * never come here (drizzle's withReplicas sends them to the primary).
 */
function fallbackClient(replica: Replica, primary: pg.Pool) {
  return {
    query: async (...args: QueryArgs) => {
      if (replica.serving) {
        try {
          return await replica.pool.query(...args)
        } catch (error) {
          if (isUnavailable(error)) replica.markDown(error as Error)
        }
      }
      return primary.query(...args)
    },
  }
}

/** The replica itself is gone or refusing, as opposed to one query having failed. */
function isUnavailable(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string }
  if (code && (/^(08|57P)/.test(code) || code === '53300' || /^E[A-Z]+$/.test(code))) return true
  return /terminated|timeout|connect/i.test(message ?? '')
}

/**
 * Sends Payload's reads to the replicas by the rule in readRouting.ts, leaving out a replica
 * that fails until it answers again. Set up here rather than with the adapter's own
 * `readReplicas` option because that one has no fallback: a replica that is down at start
 * or dies later makes reads fail (and a failed first connection is an unhandled rejection).
 * Also keeps the jobs queue on the primary: its claims find and then update jobs, and a
 * stale find would run a job twice.
 */
export function installReadReplicas(payload: Payload, urls: string[], maxLagMs: number): void {
  if (urls.length === 0) return
  const adapter = payload.db as unknown as Adapter
  const primary = adapter.drizzle
  const warn = (line: string) => payload.logger.warn(line)
  const replicas = urls.map(
    (url) =>
      new Replica(new pg.Pool({ ...adapter.poolOptions, connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }), describeDatabaseUrl(url), warn),
  )
  const dbs = replicas.map(
    (replica) => drizzle({ client: fallbackClient(replica, adapter.pool) as never, schema: adapter.schema, logger: false }) as unknown as Db,
  )
  const pick = (): Db => {
    if (primaryReadsWanted()) return primary
    const up = dbs.filter((_, index) => replicas[index]!.serving)
    return up.length > 0 ? up[Math.floor(Math.random() * up.length)]! : primary
  }
  replicaSet = replicas
  reportServingReplicas(() => replicas.map((replica) => replica.serving))
  watchLag(adapter.pool, replicas, maxLagMs)
  adapter.primaryDrizzle = primary
  adapter.drizzle = withReplicas(primary, dbs as [Db, ...Db[]], pick) as unknown as Db

  const jobs = payload.jobs
  const run = jobs.run.bind(jobs)
  const handleSchedules = jobs.handleSchedules.bind(jobs)
  jobs.run = (args) => readFromPrimary(() => run(args))
  jobs.handleSchedules = (args) => readFromPrimary(() => handleSchedules(args))

  const destroy = payload.db.destroy?.bind(payload.db)
  payload.db.destroy = async () => {
    stopWatchingLag?.()
    await Promise.all(replicas.map((replica) => replica.pool.end().catch(() => undefined)))
    await destroy?.()
  }
}

let replicaSet: Replica[] = []
let stopWatchingLag: (() => void) | null = null

/**
 * Every LAG_CHECK_MS, notes the primary's WAL position and asks each replica how far it has
 * replayed (src/db/replicaLag.ts). A replica more than `maxLagMs` behind is left out of
 * reads, as a failed one is, and taken back once it has caught up. A check that fails
 * changes nothing: a replica that does not answer is already handled by its fallback.
 */
function watchLag(primary: pg.Pool, replicas: Replica[], maxLagMs: number): void {
  let samples: WalSample[] = []
  let checking = false
  const check = async () => {
    if (checking) return
    checking = true
    try {
      const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')
      const now = Date.now()
      samples = pruneSamples([...samples, { at: now, lsn: parseLsn(rows[0]!.lsn) }], now, maxLagMs * 4)
      await Promise.all(
        replicas.map(async (replica) => {
          if (!replica.up) return void (replica.lagMs = null)
          const replayed = await replica.pool.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn')
          const lsn = replayed.rows[0]?.lsn
          // NULL: not a replica at all (a URL pointing at a primary); nothing to wait for.
          replica.noteLag(lsn ? replicaLagMs(samples, parseLsn(lsn), Date.now()) : 0, maxLagMs)
        }),
      )
    } catch {
      // The next check tries again.
    } finally {
      checking = false
    }
  }
  const timer = setInterval(() => void check(), LAG_CHECK_MS)
  timer.unref()
  void check()
  stopWatchingLag = () => clearInterval(timer)
}

export type ReplicaStatus = { serving: boolean; lagMs: number | null }

/** Each configured replica's state in this process, in the order of DATABASE_REPLICA_URLS; empty without replicas. */
export const replicaStatuses = (): ReplicaStatus[] => replicaSet.map((replica) => ({ serving: replica.serving, lagMs: replica.lagMs }))
