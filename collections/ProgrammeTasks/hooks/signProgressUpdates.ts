import type { CollectionBeforeChangeHook } from 'payload'

type Update = { author?: number | { id: number } | null }

/** A new progress update is signed by the person who wrote it; earlier signatures stay. */
export const signProgressUpdates: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!Array.isArray(data.progressUpdates) || !req.user || req.user.collection !== 'users') return data
  data.progressUpdates = (data.progressUpdates as Update[]).map((update) => (update.author ? update : { ...update, author: req.user!.id }))
  return data
}
