import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { auditMessages } from '@/i18n/messages/audit'

/**
 * The audit log is append-only. Access already refuses updates and deletes through REST
 * and GraphQL; these hooks refuse them through the Local API too, even with
 * overrideAccess, and a database trigger refuses them to SQL.
 */
export const refuseUpdates: CollectionBeforeChangeHook = ({ operation, data, req }) => {
  if (operation === 'update') throw new APIError(messagesIn(auditMessages, langOfPayloadRequest(req)).entryUnchangeable, 403, undefined, true)
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  throw new APIError(messagesIn(auditMessages, langOfPayloadRequest(req)).entryUndeletable, 403, undefined, true)
}
