import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { accountMessages } from '@/i18n/messages/accounts'

/** Deleting the last admin would leave nobody able to manage accounts or roles. */
// Counts every admin account, whoever asks: a system check that returns nothing to the caller.
export const keepOneAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const target = await req.payload.findByID({ collection: 'users', id, req, depth: 0, overrideAccess: true })
  if (!target.roles?.includes('admin')) return
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { roles: { contains: 'admin' } },
    req,
    overrideAccess: true,
  })
  if (totalDocs <= 1) throw new APIError(messagesIn(accountMessages, langOfPayloadRequest(req)).lastAdmin, 409, undefined, true)
}
