/** Copies local media into the bucket (see src/platform/storage/copyMediaToBucket.ts). */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { localMediaDir } from '@/config/paths'
import { s3StorageSettings } from '@/config/s3Storage'
import { copyMediaToBucket } from '@/platform/storage/copyMediaToBucket'

const settings = s3StorageSettings()
if (!settings) {
  console.error('error: media:migrate needs the S3_* variables.')
  process.exit(1)
}
const directory = localMediaDir()
const payload = await getPayload({ config })
try {
  const report = await copyMediaToBucket({ payload, directory, settings }).catch((error: Error) => {
    // One line an operator can act on (an unreachable store, refused keys, a missing bucket),
    // not a stack trace. What was copied stays copied: running again picks up the rest.
    console.error(`error: media:migrate stopped: ${error.name}: ${error.message}`)
    process.exit(1)
  })
  const megabytes = (report.bytes / 1024 / 1024).toFixed(1)
  console.log(
    `media:migrate: ${report.copied.length} copied (${megabytes} MB), ${report.present.length} already in the bucket, ${report.missing.length} missing, from ${directory} to bucket ${settings.bucket}.`,
  )
  // Missing files are reported, not fatal: the rest is copied, and the records stay as they were.
  for (const name of report.missing) console.log(`  missing: ${name} (named by a media record, neither on disk nor in the bucket)`)
} finally {
  await payload.destroy()
}
process.exit(0)
