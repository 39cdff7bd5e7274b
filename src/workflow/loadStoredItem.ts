import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from '@/content/contentCollections'
import type { StoredItem } from './itemState'

type Doc = Record<string, unknown> & { id: number }

export type LoadedItem = StoredItem & { latest: Doc; live: Doc | null }

/**
 * An item as the workflow needs it, read with the caller's own access: its latest version
 * (the working copy) and its live row (the collection's table, which only publishing and
 * withdrawing change).
 */
export async function loadStoredItem(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<LoadedItem | null> {
  const read = (draft: boolean) =>
    req.payload.find({ collection, where: { id: { equals: id } }, draft, depth: 0, limit: 1, pagination: false, req, user: req.user, overrideAccess: false })
  const latest = (await read(true)).docs[0] as unknown as Doc | undefined
  if (!latest) return null
  const live = (await read(false)).docs[0] as unknown as Doc | undefined
  return { latest, live: live ?? null }
}
