/** Rebuilds the site search index (see src/search/reindexSearch.ts). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { reindexSearch } from '@/search/reindexSearch'

const payload = await getPayload({ config })
try {
  const result = await reindexSearch(payload)
  console.log(`Search index rebuilt: ${result.items} items, ${result.rows} rows.`)
} finally {
  await payload.destroy()
}
process.exit(0)
