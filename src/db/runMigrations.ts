import type { Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Applies pending migrations from the committed index (`src/migrations/index.ts`, written
 * by `payload migrate:create`), so it works wherever the code is bundled or transpiled,
 * not only where Payload can import `.ts` files from disk.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { migrate: (args: { migrations: typeof migrations }) => Promise<void> }
  await db.migrate({ migrations })
}
