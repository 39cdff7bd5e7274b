import { ConfigError } from './ConfigError'

/** Reads stay on a replica while it is at most this far behind the primary. */
export const DEFAULT_REPLICA_MAX_LAG_MS = 5_000

/**
 * DATABASE_REPLICA_MAX_LAG_MS: how far behind the primary (in milliseconds) a read replica
 * may fall before reads leave it for the primary, until it catches up. A value that is
 * not a whole number from 100 to 3,600,000 stops the start.
 */
export function replicaMaxLagMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DATABASE_REPLICA_MAX_LAG_MS?.trim()
  if (!raw) return DEFAULT_REPLICA_MAX_LAG_MS
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000) {
    throw new ConfigError('DATABASE_REPLICA_MAX_LAG_MS must be a whole number of milliseconds from 100 to 3600000.')
  }
  return ms
}
