/**
 * `npm start`: check the configuration, start the database (embedded unless DATABASE_URL
 * is set), apply pending migrations and reference data, build when the sources changed
 * since the last build, then serve on PORT through the app's own HTTP server
 * (src/runtime/httpServer.ts), which tells the app each request's peer address.
 */
import { ConfigError } from '../src/config/ConfigError'
import { isPortInUse } from '../src/db/freePort'
import { isBuildCurrent } from '../src/runtime/buildStamp'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runTask } from '../src/runtime/runTask'
import { runNextBuild } from '../src/runtime/runNextBuild'
import { superviseServer } from '../src/runtime/serve'
import { spawnServer } from '../src/runtime/spawnServer'

runLauncher(async () => {
  const { port, database } = await prepareRuntime()
  try {
    if (await isPortInUse(port)) {
      throw new ConfigError(`Port ${port} is already in use: stop whatever listens there or set PORT to another port.`)
    }
    await runTask('migrate')
    if (!isBuildCurrent()) {
      console.log('No current build: running next build (this takes a minute or two).')
      await runNextBuild()
    }
  } catch (error) {
    await database.stop()
    throw error
  }
  // PORT is passed on too: the page cache renders pages by asking this server on loopback.
  const server = spawnServer('start', { ...process.env, NODE_ENV: 'production', PORT: String(port) })
  await superviseServer(server, database)
})
