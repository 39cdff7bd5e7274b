/**
 * `npm run seed`: programme data only (it also loads at every start).
 * `npm run seed:demo`: also demo staff accounts, refused when NODE_ENV=production.
 */
import { ConfigError } from '../src/config/ConfigError'
import { migrateAndSeed } from '../src/runtime/migrateAndSeed'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'

const demo = process.argv.includes('--demo')

runLauncher(async () => {
  if (demo && process.env.NODE_ENV === 'production') {
    throw new ConfigError('Refusing to add demo accounts with NODE_ENV=production.')
  }
  const { database } = await prepareRuntime()
  try {
    await migrateAndSeed()
    if (demo) {
      const { getPayload } = await import('payload')
      const { default: config } = await import('../payload.config')
      const { seedDemo } = await import('../src/seed/seedDemo')
      const payload = await getPayload({ config })
      const result = await seedDemo(payload)
      console.log(`Demo staff: ${result.created.length} created, ${result.existing.length} already there. Credentials: ${result.credentialsFile}`)
      await payload.destroy()
    }
  } finally {
    await database.stop()
  }
})
