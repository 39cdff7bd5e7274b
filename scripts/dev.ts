/** `npm run dev`: like `npm start`, but Next.js in hot-reloading development mode. */
import { ConfigError } from '../src/config/ConfigError'
import { isPortInUse } from '../src/db/freePort'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'
import { superviseServer } from '../src/runtime/serve'
import { spawnNext } from '../src/runtime/spawnNext'

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
  await superviseServer(spawnNext(['dev', '--port', String(port)]), database)
})
