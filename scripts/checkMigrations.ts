/**
 * `npm run migrate:check`: fails when the collections describe a schema that the
 * committed migrations do not produce, i.e. someone changed a collection and forgot
 * `npm run migrate:create`.
 */
import { ConfigError } from '../src/config/ConfigError'
import { findSchemaDrift } from '../src/db/findSchemaDrift'
import { prepareRuntime, runLauncher } from '../src/runtime/prepareRuntime'

runLauncher(async () => {
  const { database } = await prepareRuntime()
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const payload = await getPayload({ config })
    const drift = await findSchemaDrift(payload)
    await payload.destroy()
    if (drift.length > 0) {
      console.error(drift.map((statement) => `  ${statement}`).join('\n'))
      throw new ConfigError(`The collections changed without a migration (${drift.length} statements above): run npm run migrate:create.`)
    }
    console.log('Migrations match the collections.')
  } finally {
    await database.stop()
  }
})
