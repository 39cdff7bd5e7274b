import { ConfigError } from './ConfigError'

/** MAX_UPLOAD_MB (default 25) in bytes. */
export function maxUploadBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_UPLOAD_MB
  if (raw === undefined || raw === '') return 25 * 1024 * 1024
  const megabytes = Number(raw)
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new ConfigError(`MAX_UPLOAD_MB must be a positive number of megabytes, got "${raw}".`)
  return Math.round(megabytes * 1024 * 1024)
}
