import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { resolveLinkedClauses } from '@/consultation/comments/resolveLinkedClauses'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { moderationMessages } from '@/i18n/messages/moderation'

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''
const refuse = (path: string, message: string, req: Parameters<CollectionBeforeChangeHook>[0]['req']): never => {
  throw new ValidationError({ collection: 'code-comments', errors: [{ path, message }], req })
}

/**
 * The moderation and answering rules, for the admin and the REST API alike:
 * - a rejection needs a reason;
 * - only published comments are answered, and an answer is a disposition with a reply;
 * - a reply may point at clauses of a later revision, checked against that revision;
 * - who moderated or answered, and when, is recorded by the system.
 */
export const applyModerationRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const current = <T>(name: string): T => (data[name] !== undefined ? data[name] : originalDoc?.[name]) as T
  const changed = (name: string): boolean => data[name] !== undefined && JSON.stringify(data[name] ?? null) !== JSON.stringify(originalDoc?.[name] ?? null)
  const now = new Date().toISOString()
  const userId = req.user?.collection === 'users' ? req.user.id : null
  const words = messagesIn(moderationMessages, langOfPayloadRequest(req))

  if (operation === 'create') {
    const where = data.clauseNumber ? `${data.clauseNumber}` : 'Toàn văn / Whole code'
    data.summary = `${where}: ${String(data.text ?? '')
      .replace(/\s+/g, ' ')
      .slice(0, 80)}`
  }

  const status = current<string>('status') ?? 'pending'
  if (status === 'rejected' && !filled(current('rejectionReason'))) refuse('rejectionReason', words.rejectionNeedsReason, req)
  if (operation === 'update' && changed('status')) {
    data.moderatedAt = now
    data.moderatedBy = userId
  }

  const answering = changed('disposition') || changed('reply') || changed('linkedClauses') || changed('linkedRevision')
  if (answering) {
    if (status !== 'published') refuse('disposition', words.publishBeforeAnswering, req)
    if (!current('disposition')) refuse('disposition', words.answerNeedsDisposition, req)
    if (!filled(current('reply'))) refuse('reply', words.answerNeedsReply, req)
    const linked = current<string[] | null>('linkedClauses') ?? []
    // A later revision named without clauses is checked too: the public answer points to it.
    if (linked.length > 0 || filled(current('linkedRevision'))) {
      const resolved = await resolveLinkedClauses({
        req,
        codeId: current('code'),
        commentRevision: String(current('revision')),
        revision: current('linkedRevision'),
        clauses: linked,
      })
      if (!resolved.ok) refuse(resolved.field, resolved.message, req)
      else data.linkedClauses = resolved.numbers
    }
    data.answeredAt = now
    data.answeredBy = userId
  }
  return data
}
