import fs from 'node:fs'
import path from 'node:path'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

/**
 * The SQL statements that would take the schema of the newest committed migration
 * snapshot to the one the collections describe, the same comparison that
 * `payload migrate:create` makes. Empty means the migrations are complete.
 */
export async function findSchemaDrift(): Promise<string[]> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    const db = payload.db as unknown as {
      migrationDir: string
      schema: unknown
      defaultDrizzleSnapshot: unknown
      requireDrizzleKit: () => DrizzleKit
    }
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const after = await generateDrizzleJson(db.schema)
    const snapshots = fs.existsSync(db.migrationDir)
      ? fs.readdirSync(db.migrationDir).filter((file) => file.endsWith('.json')).sort()
      : []
    const latest = snapshots.at(-1)
    let before: unknown = latest ? JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8')) : db.defaultDrizzleSnapshot
    if (upSnapshot && latest && (before as { version: string }).version < after.version) before = upSnapshot(before)
    return await generateMigration(before, after)
  } finally {
    await payload.destroy()
  }
}
