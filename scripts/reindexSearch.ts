/**
 * `npm run search:reindex`: rebuilds the public site's search index from the published
 * content (idempotent). Needed once for a database that had content before the index
 * existed; publishing and withdrawing keep it up to date after that.
 */
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'

runLauncher(async () => {
  const { database } = await prepareRuntime()
  try {
    // The index table comes from a migration; an older database gets it first.
    await runTask('migrate')
    await runTask('reindexSearch')
  } finally {
    await database.stop()
  }
})
