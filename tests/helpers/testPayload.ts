import type { Payload } from 'payload'

import { runMigrations } from '@/db/runMigrations'

let instance: Promise<Payload> | undefined

/**
 * The Payload instance of this test file, on the run's database with every migration
 * applied. The config is imported lazily so a file can set SMTP_URL and the like first.
 */
export function getTestPayload(): Promise<Payload> {
  instance ??= (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const payload = await getPayload({ config })
    await runMigrations(payload)
    return payload
  })()
  return instance
}
