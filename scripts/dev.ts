/**
 * `npm run dev`: like `npm start`, but Next.js in hot-reloading development mode, through
 * the same HTTP server so that client addresses and TRUST_PROXY behave as in production.
 * (Unlike `next dev`, it does not restart itself when next.config.mjs changes.)
 */
import { ConfigError } from '../src/config/ConfigError'
import { isPortInUse } from '../src/db/freePort'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'
import { superviseServer } from '../src/runtime/serve'
import { spawnServer } from '../src/runtime/spawnServer'

runLauncher(async () => {
  const { port, database } = await prepareRuntime()
  try {
    if (await isPortInUse(port)) {
      throw new ConfigError(`Port ${port} is already in use: stop whatever listens there or set PORT to another port.`)
    }
    await runTask('migrate')
  } catch (error) {
    await database.stop()
    throw error
  }
  await superviseServer(spawnServer('dev', { ...process.env, NODE_ENV: 'development', PORT: String(port) }), database)
})
