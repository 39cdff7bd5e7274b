import { ConfigError } from './ConfigError'

/**
 * JOBS_AUTORUN: whether this app instance runs the jobs queue itself (`true`, the default on
 * one machine) or leaves it to `npm run worker` processes (`false`).
 */
export function jobsAutoRun(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env.JOBS_AUTORUN?.trim()
  if (raw === undefined || raw === '' || raw === 'true') return true
  if (raw === 'false') return false
  throw new ConfigError(`JOBS_AUTORUN must be true or false, got "${raw}".`)
}
