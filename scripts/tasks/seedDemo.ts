/** Adds the demo staff accounts and sample content (see src/seed/seedDemo.ts and seedDemoContent.ts). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { seedDemo } from '@/seed/seedDemo'
import { seedDemoContent } from '@/seed/seedDemoContent'

const payload = await getPayload({ config })
try {
  const result = await seedDemo(payload)
  console.log(`Demo staff: ${result.created.length} created, ${result.existing.length} already there. Credentials: ${result.credentialsFile}`)
  const content = await seedDemoContent(payload)
  console.log(
    content.created ? 'Demo content: a campaign, 2 articles, a briefing pack and a code of conduct open for comment.' : 'Demo content: already there.',
  )
} finally {
  await payload.destroy()
}
process.exit(0)
