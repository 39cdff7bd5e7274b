import { ConfigError } from '../config/ConfigError'
import { databaseReplicaUrls } from '../config/databaseReplicas'
import { replicaMaxLagMs } from '../config/replicaMaxLag'
import { jobsAutoRun } from '../config/jobsAutoRun'
import { parsePort } from '../config/port'
import { s3StorageSettings } from '../config/s3Storage'
import { resolvePayloadSecret } from '../config/secret'
import { ensureDatabase, type Database } from '../db/ensureDatabase'
import { smtpPoolSize, smtpRatePerSecond } from '@/mail/bulkTransport'
import { digestHour } from '../email/digest/digestSchedule'
import { parseSmtpUrl } from '@/mail/parseSmtpUrl'
import { parseTrustProxy } from '../platform/http/trustProxy'

export type Runtime = { port: number; database: Database }

/**
 * Checks the configuration and brings up the database, before anything slow happens, and
 * leaves DATABASE_URL and PAYLOAD_SECRET in the environment for the config and for child
 * processes (Next.js, Payload's CLI). Configuration problems throw ConfigError.
 */
export async function prepareRuntime(log: (line: string) => void = console.log): Promise<Runtime> {
  const port = parsePort(process.env.PORT, 3000)
  if (process.env.SMTP_URL) parseSmtpUrl(process.env.SMTP_URL)
  // Read on every form request: a bad value must stop the start, not answer 500 later.
  parseTrustProxy(process.env.TRUST_PROXY)
  // Mail settings are read by background jobs: a bad value must stop the start, not every job.
  smtpPoolSize()
  smtpRatePerSecond()
  digestHour()
  // Half an S3 configuration would otherwise surface only at the first upload.
  s3StorageSettings()
  // Read when the config loads, in every process: a bad value stops the start here, with one line.
  databaseReplicaUrls()
  replicaMaxLagMs()
  jobsAutoRun()
  const secret = resolvePayloadSecret()
  if (secret.source === 'generated') log(`warning: PAYLOAD_SECRET is not set; generated one and kept it in ${secret.file}.`)
  if (secret.source === 'file') log(`warning: PAYLOAD_SECRET is not set; using the one kept in ${secret.file}.`)
  const database = await ensureDatabase(log)
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = secret.secret
  return { port, database }
}

/** Runs a launcher: a ConfigError ends it with one line and exit code 1. */
export function runLauncher(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(`error: ${error.message}`)
    } else {
      console.error(error)
    }
    process.exit(1)
  })
}
