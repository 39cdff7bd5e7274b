import type { Payload } from 'payload'

import type { Localized } from '../snapshot/types'
import type { StoredDocument } from '@/content/storedDocument'

/** A published comment as anyone may see it: never the commenter's name or email. */
export type PublicComment = {
  id: number
  clauseKey: string | null
  clauseNumber: string | null
  revision: string
  group: string
  organisation: string | null
  text: string
  createdAt: string
  answer: { disposition: string; reply: Localized; linkedRevision: string | null; linkedClauses: string[]; answeredAt: string | null } | null
}

type Doc = StoredDocument

const localized = (value: unknown): Localized => {
  const all = (value && typeof value === 'object' ? value : { vi: value }) as Record<string, unknown>
  const vi = typeof all.vi === 'string' ? all.vi : ''
  const en = typeof all.en === 'string' ? all.en : ''
  return { vi: vi || en, en: en || vi }
}

/** Only named fields are copied out, so a field added to comments later is never public by accident. */
export function toPublicComment(doc: Doc): PublicComment {
  return {
    id: doc.id,
    clauseKey: doc.clauseKey ?? null,
    clauseNumber: doc.clauseNumber ?? null,
    revision: doc.revision,
    group: doc.group,
    organisation: doc.organisation ?? null,
    text: doc.text,
    createdAt: doc.createdAt,
    answer: doc.disposition
      ? {
          disposition: doc.disposition,
          reply: localized(doc.reply),
          linkedRevision: doc.linkedRevision ?? null,
          linkedClauses: doc.linkedClauses ?? [],
          answeredAt: doc.answeredAt ?? null,
        }
      : null,
  }
}

/** The published comments on one code, oldest first, read with the public's access. */
export async function loadPublishedComments(payload: Payload, codeId: number): Promise<PublicComment[]> {
  const { docs } = await payload.find({
    collection: 'code-comments',
    where: { and: [{ code: { equals: codeId } }, { status: { equals: 'published' } }] },
    sort: 'createdAt',
    locale: 'all',
    depth: 0,
    limit: 10000,
    pagination: false,
    overrideAccess: false,
  })
  return (docs as Doc[]).map(toPublicComment)
}
