/** `npm run build`: a production build, recorded so that `npm start` does not build again. */
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'
import { runNextBuild } from '../src/runtime/runNextBuild'

runLauncher(async () => {
  const { database } = await prepareRuntime()
  try {
    await runNextBuild()
  } finally {
    await database.stop()
  }
})
