import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Journalist } from '../../../payload-types'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { validationMessages } from '@/i18n/messages/validation'

const NEEDS_A_REASON = ['refused', 'revoked']

/**
 * The decision rules, for the admin and the REST API alike:
 * - a request from the public form is always `pending`, with no decision on it;
 * - refusing or revoking needs a reason (decisionNote), which is mailed to the journalist;
 * - who decided, and when, is set by the system whenever the status changes (the fields
 *   are read-only to everyone, and a client's values are overwritten on create).
 */
export const applyAccreditationDecision: CollectionBeforeChangeHook<Journalist> = ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' && req.context?.acceptingAccreditationRequest === true) {
    return { ...data, status: 'pending', decisionNote: null, decidedAt: null, decidedBy: null, lastSignInAt: null }
  }
  const status = data.status ?? originalDoc?.status ?? 'pending'
  const note = data.decisionNote !== undefined ? data.decisionNote : originalDoc?.decisionNote
  if (NEEDS_A_REASON.includes(status) && !note?.trim()) {
    const words = messagesIn(validationMessages, langOfPayloadRequest(req))
    const message = status === 'refused' ? words.refusalNeedsReason : words.revocationNeedsReason
    throw new ValidationError({ collection: 'journalists', errors: [{ path: 'decisionNote', message }], req }, req.t)
  }
  if (operation === 'create') {
    data.lastSignInAt = null
    data.decidedAt = null
    data.decidedBy = null
  }
  const previous = operation === 'update' ? originalDoc?.status : 'pending'
  if (status !== previous) {
    data.decidedAt = new Date().toISOString()
    data.decidedBy = req.user?.collection === 'users' ? Number(req.user.id) : null
  }
  return data
}
