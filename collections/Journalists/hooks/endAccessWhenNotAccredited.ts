import type { CollectionAfterChangeHook } from 'payload'

import type { Journalist } from '../../../payload-types'
import { sqlFor } from '@/db/sql'
import { endJournalistAccess } from '@/press/session/endJournalistAccess'

/**
 * Leaving `accredited` (refused, revoked, or back to pending) ends the journalist's
 * sessions and unused sign-in links at once, in the transaction of the change itself.
 */
export const endAccessWhenNotAccredited: CollectionAfterChangeHook<Journalist> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'accredited' || doc.status === 'accredited') return doc
  await endJournalistAccess(await sqlFor(req), doc.id)
  return doc
}
