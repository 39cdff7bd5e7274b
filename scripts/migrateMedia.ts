/**
 * `npm run media:migrate`: copies the media files kept on local disk (DATA_DIR/media,
 * originals and every image size) into the S3 bucket named by the S3_* variables. Safe to
 * run again: files already in the bucket with the same size are skipped.
 */
import { ConfigError } from '../src/config/ConfigError'
import { s3StorageSettings } from '../src/config/s3Storage'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'

runLauncher(async () => {
  if (!s3StorageSettings()) {
    throw new ConfigError(
      'media:migrate copies local media into S3: set S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT for a store other than AWS).',
    )
  }
  const { database } = await prepareRuntime()
  try {
    // The storage columns come from a migration; an older database gets it first.
    await runTask('migrate')
    await runTask('migrateMedia')
  } finally {
    await database.stop()
  }
})
