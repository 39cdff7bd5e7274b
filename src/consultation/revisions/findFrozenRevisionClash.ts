import type { PayloadRequest } from 'payload'

/**
 * A published revision is frozen, so each publication needs a revision label of its own.
 * Says why publishing this draft would clash, or null when it would not.
 */
export async function findFrozenRevisionClash(req: PayloadRequest, doc: Record<string, unknown>): Promise<string | null> {
  const label = typeof doc.revisionLabel === 'string' ? doc.revisionLabel : ''
  const { totalDocs } = await req.payload.count({
    collection: 'code-revisions',
    where: { and: [{ code: { equals: doc.id } }, { revision: { equals: label } }] },
    req,
  })
  if (totalDocs === 0) return null
  return `Revision ${label} is already published and frozen: give the draft a new revision label, such as the next one after ${label} (field: revisionLabel).`
}
