import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

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
export async function findSchemaDrift(payload: Payload, migrationDir?: string): Promise<string[]> {
  const db = payload.db as unknown as {
    migrationDir: string
    schema: unknown
    defaultDrizzleSnapshot: unknown
    requireDrizzleKit: () => DrizzleKit
  }
  const dir = migrationDir ?? db.migrationDir
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const snapshots = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
    : []
  const latest = snapshots.at(-1)
  let before: unknown = latest ? JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) : structuredClone(db.defaultDrizzleSnapshot)
  if (upSnapshot && latest && (before as { version: string }).version < after.version) before = upSnapshot(before)
  return generateMigration(before, after)
}
