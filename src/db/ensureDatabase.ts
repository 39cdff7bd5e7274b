import { dataDir } from '../config/paths'
import { checkConnection, ensureDatabaseExists } from './checkConnection'
import { withDatabaseName } from './describeUrl'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> }

/**
 * The database the app runs on: DATABASE_URL when it is set (checked to answer), or else
 * the embedded PostgreSQL under the data directory with a `newsroom` database in it.
 */
export async function ensureDatabase(log: (line: string) => void = console.log): Promise<Database> {
  const configured = process.env.DATABASE_URL?.trim()
  if (configured) {
    await checkConnection(configured)
    return { url: configured, embedded: false, stop: async () => {} }
  }
  // PostgreSQL's routine LOG lines are noise at every start; problems still come through.
  const embedded = await startEmbeddedPostgres({
    dataDir: dataDir(),
    log: (chunk) => {
      for (const line of chunk.split('\n')) {
        if (/\b(WARNING|ERROR|PANIC)\b|^(Initialising|Reusing|Removed)/.test(line)) log(`[postgres] ${line}`)
      }
    },
  })
  await ensureDatabaseExists(embedded.serverUrl, 'newsroom')
  return { url: withDatabaseName(embedded.serverUrl, 'newsroom'), embedded: true, stop: embedded.stop }
}
