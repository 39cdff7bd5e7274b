import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import packageJson from '../../package.json' with { type: 'json' }
import { replicaStatuses } from '../db/readReplicas'

const DB_TIMEOUT_MS = 2000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    )
  })
}

/**
 * `GET /api/health`: 200 `{status:"ok", db:"ok", version}` when the database answers a
 * query, 503 `{status:"error", db:"unreachable"}` when it does not, so that a load balancer
 * takes the instance out of rotation. With read replicas it adds what this instance sees
 * of each: `replicas: [{serving, lagMs}]`, in the order configured. A replica down or
 * behind does not make the instance unhealthy: its reads go to the primary.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      const db = req.payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }
      await withTimeout(db.drizzle.execute(sql`select 1`), DB_TIMEOUT_MS)
      const replicas = replicaStatuses()
      return Response.json({ status: 'ok', db: 'ok', version: packageJson.version, ...(replicas.length > 0 ? { replicas } : {}) }, { headers })
    } catch {
      return Response.json({ status: 'error', db: 'unreachable', version: packageJson.version }, { status: 503, headers })
    }
  },
}
