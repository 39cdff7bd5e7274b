import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from '@/content/contentCollections'

/**
 * "Discard changes": the working copy becomes the live version again, as a new draft
 * version restored from the last published one (so the discarded edit stays in the
 * history). Returns false when the item was never published.
 */
export async function discardWorkingCopy(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<boolean> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const published = docs[0]
  if (!published) return false
  await req.payload.restoreVersion({
    collection,
    id: published.id,
    draft: true,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    context: { workflow: 'discard' },
  })
  return true
}
