/**
 * `npm run migrate:check`: fails when the collections describe a schema that the
 * committed migrations do not produce, i.e. someone changed a collection and forgot
 * `npm run migrate:create`.
 */
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'

runLauncher(async () => {
  const { database } = await prepareRuntime()
  try {
    await runTask('checkMigrations')
  } finally {
    await database.stop()
  }
})
