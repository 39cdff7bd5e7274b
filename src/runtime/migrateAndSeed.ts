import { runMigrations } from '../db/runMigrations'
import { seedProgramme } from '../seed/seedProgramme'

/**
 * Applies pending migrations and loads the programme's reference data. It imports the
 * Payload config only now, after prepareRuntime has set the environment it reads.
 */
export async function migrateAndSeed(log: (line: string) => void = console.log): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    await runMigrations(payload)
    const seeded = await seedProgramme(payload)
    log(`Programme data ready: ${seeded.tasks} tasks, ${seeded.objectives} objectives, ${seeded.institutions} institutions.`)
  } finally {
    await payload.destroy()
  }
}
