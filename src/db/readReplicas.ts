import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import pg from 'pg'
import type { Payload } from 'payload'

import { describeDatabaseUrl } from './describeUrl'
import { primaryReadsWanted, readFromPrimary } from './readRouting'

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

/** One replica's pool and whether reads may go to it now. */
class Replica {
  up = true
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
      if (replica.up) {
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
export function installReadReplicas(payload: Payload, urls: string[]): void {
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
    const up = dbs.filter((_, index) => replicas[index]!.up)
    return up.length > 0 ? up[Math.floor(Math.random() * up.length)]! : primary
  }
  adapter.primaryDrizzle = primary
  adapter.drizzle = withReplicas(primary, dbs as [Db, ...Db[]], pick) as unknown as Db

  const jobs = payload.jobs
  const run = jobs.run.bind(jobs)
  const handleSchedules = jobs.handleSchedules.bind(jobs)
  jobs.run = (args) => readFromPrimary(() => run(args))
  jobs.handleSchedules = (args) => readFromPrimary(() => handleSchedules(args))

  const destroy = payload.db.destroy?.bind(payload.db)
  payload.db.destroy = async () => {
    await Promise.all(replicas.map((replica) => replica.pool.end().catch(() => undefined)))
    await destroy?.()
  }
}
