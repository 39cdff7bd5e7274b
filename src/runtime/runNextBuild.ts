import { ConfigError } from '../config/ConfigError'
import { recordBuild, sourceStamp } from './buildStamp'
import { spawnNext, waitForExit } from './spawnNext'

/** `next build`, recording the source stamp so that `npm start` knows the build is current. */
export async function runNextBuild(): Promise<void> {
  const stamp = sourceStamp()
  const code = await waitForExit(spawnNext(['build'], { ...process.env, NODE_ENV: 'production' }))
  if (code !== 0) throw new ConfigError(`next build failed with exit code ${code}; see its output above.`)
  recordBuild(stamp)
}
