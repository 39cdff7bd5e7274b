/**
 * `npm run payload -- <command>`: Payload's CLI (migrate, migrate:create,
 * generate:types, …) with the same database and secret the app uses.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../src/config/paths'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { waitForExit } from '../src/runtime/spawnNext'

runLauncher(async () => {
  const { database } = await prepareRuntime()
  const bin = path.join(projectRoot, 'node_modules', 'payload', 'bin.js')
  const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit', env: process.env })
  const code = await waitForExit(child)
  await database.stop()
  process.exit(code)
})
