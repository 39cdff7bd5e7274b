import type { Payload } from 'payload'

import type { WorkflowCollection } from '@/content/contentCollections'

/** The table that holds a collection's live rows (Payload's own naming, or the collection's dbName). */
export function liveTable(payload: Payload, collection: WorkflowCollection): string {
  const config = payload.collections[collection].config
  const name = typeof config.dbName === 'string' ? config.dbName : collection.replace(/-/g, '_')
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Unexpected table name for ${collection}`)
  return name
}
