import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Where reads go when DATABASE_REPLICA_URLS names read replicas. The one rule:
 *
 * - The app's own SQL (src/db/sql.ts: `sqlFor`, `poolOf`, `inTransaction`, and the page
 *   cache's pool) always runs on the primary. That covers the change log and v1 sync
 *   cursors, the delivery snapshot, webhook and mail ledgers, subscription and sign-in
 *   tokens, press sessions, rate limits, search and the content epoch's generation.
 * - Payload's reads inside a transaction run on the primary (the workflow's decisions,
 *   every write and what it reads back).
 * - Payload's other reads go to a replica, except:
 *   - in a `readFromPrimary` scope: a request that carries credentials (see
 *     src/runtime/credentialedRequest.ts), the workflow action, the jobs queue;
 *   - in a process that routes everything to the primary (a worker);
 *   - within two seconds of a Payload write in this process (Payload's own
 *     `readReplicasAfterWriteInterval`).
 *
 * So anonymous readers (public pages, REST and GraphQL without a session) take the
 * replicas, and whoever just changed something reads it back from the primary on any
 * instance. The scope lives on `globalThis`, because Next.js bundles its own copy of this
 * module beside the one the HTTP server loads, and both must see the same scope.
 */
type Scope = { primary: true }
type Shared = { storage: AsyncLocalStorage<Scope>; everything: boolean; serving: () => boolean[] }

const KEY = Symbol.for('newsroom.readRouting')
const holder = globalThis as typeof globalThis & { [KEY]?: Shared }
const shared: Shared = (holder[KEY] ??= { storage: new AsyncLocalStorage<Scope>(), everything: false, serving: () => [] })

/** Runs `work` (and everything it starts) with Payload's reads on the primary. */
export function readFromPrimary<T>(work: () => T): T {
  return shared.storage.run({ primary: true }, work)
}

/** For a process whose every decision must see the latest commit (a jobs worker). */
export function routeAllReadsToPrimary(): void {
  shared.everything = true
}

/** Whether a Payload read started now must go to the primary. */
export function primaryReadsWanted(): boolean {
  return shared.everything || shared.storage.getStore()?.primary === true
}

/** Set by src/db/readReplicas.ts: which replicas take reads now, in the order configured. */
export function reportServingReplicas(serving: () => boolean[]): void {
  shared.serving = serving
}

/**
 * Which replicas take reads now (left out: down, or too far behind), in the order of
 * DATABASE_REPLICA_URLS; empty before Payload has started in this process. The page cache
 * reads its epoch only where pages are read from.
 */
export const servingReplicas = (): boolean[] => shared.serving()
