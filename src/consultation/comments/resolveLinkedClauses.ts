import type { PayloadRequest } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { moderationMessages } from '@/i18n/messages/moderation'

import { flattenClauses } from '../diff/diffRevisions'
import { loadRevisions } from '../revisions/loadRevisions'

type Args = { req: PayloadRequest; codeId: unknown; commentRevision: string; revision: unknown; clauses: string[] }
type Resolved = { ok: true; numbers: string[] } | { ok: false; field: string; message: string }

/**
 * An answer may point at the clauses that changed in a later revision. Each is given by
 * its number in that revision (I.1.2) or its stable id, and kept as the number, which a
 * frozen revision never changes.
 */
export async function resolveLinkedClauses({ req, codeId, commentRevision, revision, clauses }: Args): Promise<Resolved> {
  const words = messagesIn(moderationMessages, langOfPayloadRequest(req))
  if (typeof revision !== 'string' || !revision.trim()) {
    return { ok: false, field: 'linkedRevision', message: words.nameLaterRevision }
  }
  const id = typeof codeId === 'object' && codeId !== null ? Number((codeId as { id: unknown }).id) : Number(codeId)
  const revisions = await loadRevisions(req, id)
  const commented = revisions.find((item) => item.revision === commentRevision)
  const linked = revisions.find((item) => item.revision === revision.trim())
  if (!linked) return { ok: false, field: 'linkedRevision', message: words.noRevision(revision) }
  if (commented && linked.publishedAt <= commented.publishedAt) {
    return { ok: false, field: 'linkedRevision', message: words.notLater(linked.revision, commented.revision) }
  }
  const all = flattenClauses(linked.snapshot)
  const numbers: string[] = []
  for (const wanted of clauses) {
    const clause = all.find((item) => item.number === wanted.trim() || item.key === wanted.trim())
    if (!clause) return { ok: false, field: 'linkedClauses', message: words.noClause(wanted, linked.revision) }
    if (!numbers.includes(clause.number)) numbers.push(clause.number)
  }
  return { ok: true, numbers }
}
