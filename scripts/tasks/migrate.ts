/** Applies pending migrations and loads the programme's reference data (idempotent). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { runMigrations } from '../../src/db/runMigrations'
import { seedProgramme } from '../../src/seed/seedProgramme'

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const seeded = await seedProgramme(payload)
  console.log(`Programme data ready: ${seeded.tasks} tasks, ${seeded.objectives} objectives, ${seeded.institutions} institutions.`)
} finally {
  await payload.destroy()
}
process.exit(0)
