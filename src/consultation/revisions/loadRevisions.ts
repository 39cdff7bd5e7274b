import type { Payload, PayloadRequest } from 'payload'

import type { CodeSnapshot } from '../snapshot/types'

export type FrozenRevision = { id: number; codeId: number; revision: string; status: string | null; publishedAt: string; snapshot: CodeSnapshot }

type RevisionDoc = { id: number; code: number | { id: number }; revision: string; status?: string | null; publishedAt: string; snapshot: unknown }

const toFrozen = (doc: RevisionDoc): FrozenRevision => ({
  id: doc.id,
  codeId: typeof doc.code === 'object' ? doc.code.id : Number(doc.code),
  revision: doc.revision,
  status: doc.status ?? null,
  publishedAt: doc.publishedAt,
  snapshot: doc.snapshot as CodeSnapshot,
})

/**
 * Every frozen revision of one code, oldest first. Revisions are public records, so this
 * reads with the caller's own access and needs no user.
 */
export async function loadRevisions(from: PayloadRequest | Payload, codeId: number): Promise<FrozenRevision[]> {
  // A request carries the user and the transaction; a bare Payload reads as the public.
  const req = 'payloadAPI' in from ? (from as PayloadRequest) : undefined
  const payload = req ? req.payload : (from as Payload)
  const { docs } = await payload.find({
    collection: 'code-revisions',
    where: { code: { equals: codeId } },
    sort: 'publishedAt',
    depth: 0,
    limit: 500,
    pagination: false,
    req,
    user: req?.user,
    overrideAccess: false,
  })
  return (docs as unknown as RevisionDoc[]).map(toFrozen)
}
