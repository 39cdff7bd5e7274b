import { ConfigError } from './ConfigError'

/**
 * DATABASE_REPLICA_URLS: comma-separated postgres:// URLs of read replicas of DATABASE_URL.
 * Empty or unset means none. A malformed entry stops the start, naming its position; the
 * credentials never appear in the message.
 */
export function databaseReplicaUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.DATABASE_REPLICA_URLS?.trim()
  if (!raw) return []
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      let url: URL
      try {
        url = new URL(entry)
      } catch {
        throw new ConfigError(`DATABASE_REPLICA_URLS entry ${index + 1} is not a valid postgres:// connection string.`)
      }
      if (!/^postgres(ql)?:$/.test(url.protocol)) {
        throw new ConfigError(`DATABASE_REPLICA_URLS entry ${index + 1} is not a postgres:// connection string.`)
      }
      return entry
    })
}
