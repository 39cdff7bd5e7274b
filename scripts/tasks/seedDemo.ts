/** Adds the demo staff accounts (see src/seed/seedDemo.ts). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { seedDemo } from '../../src/seed/seedDemo'

const payload = await getPayload({ config })
try {
  const result = await seedDemo(payload)
  console.log(`Demo staff: ${result.created.length} created, ${result.existing.length} already there. Credentials: ${result.credentialsFile}`)
} finally {
  await payload.destroy()
}
process.exit(0)
