import type { Payload } from 'payload'

type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => void }

/**
 * An idle pooled connection that the server closes (a restart, a failover) makes the pool
 * emit 'error'; with no listener Node ends the whole process. With this one the pool drops
 * the broken connection, requests fail with 503 from the health check meanwhile, and the
 * app recovers when the database is back.
 */
export function guardPoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  pool?.on('error', (error) => {
    payload.logger.warn(`A pooled database connection failed and was dropped: ${error.message}`)
  })
}
