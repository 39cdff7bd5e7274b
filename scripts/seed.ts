/**
 * `npm run seed`: migrations and programme data (both also run at every start).
 * `npm run seed:demo`: also demo staff accounts; refused when NODE_ENV=production.
 */
import { ConfigError } from '../src/config/ConfigError'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'

const demo = process.argv.includes('--demo')

runLauncher(async () => {
  if (demo && process.env.NODE_ENV === 'production') {
    throw new ConfigError('Refusing to add demo accounts with NODE_ENV=production.')
  }
  const { database } = await prepareRuntime()
  try {
    await runTask('migrate')
    if (demo) await runTask('seedDemo')
  } finally {
    await database.stop()
  }
})
