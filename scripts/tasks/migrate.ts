/** Applies pending migrations and loads the programme's reference data (idempotent). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { runMigrations } from '@/db/runMigrations'
import { seedProgramme } from '@/seed/seedProgramme'
import { seedTaxonomies } from '@/seed/seedTaxonomies'

const payload = await getPayload({ config })
try {
  await runMigrations(payload)
  const seeded = await seedProgramme(payload)
  const terms = await seedTaxonomies(payload)
  console.log(`Taxonomies ready: ${terms.topics} topics, ${terms.audiences} audiences.`)
  console.log(`Programme data ready: ${seeded.tasks} tasks, ${seeded.objectives} objectives, ${seeded.institutions} institutions.`)
} finally {
  await payload.destroy()
}
process.exit(0)
