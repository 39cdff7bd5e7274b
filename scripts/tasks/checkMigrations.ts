/** Exits 1, listing the missing SQL, when the collections changed without a migration. */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { findSchemaDrift } from '@/db/findSchemaDrift'

const payload = await getPayload({ config })
const drift = await findSchemaDrift(payload)
await payload.destroy()
if (drift.length > 0) {
  console.error(drift.map((statement) => `  ${statement}`).join('\n'))
  console.error(`error: the collections changed without a migration (${drift.length} statements above): run npm run migrate:create.`)
  process.exit(1)
}
console.log('Migrations match the collections.')
process.exit(0)
