import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { refreshMediaUsage } from '@/content/mediaUsage/refreshMediaUsage'

/**
 * A file is public while a live item uses it: every change to an item's live version
 * (publishing, withdrawing) updates which files it makes public, in the same transaction.
 * Draft saves leave the live version, and so the files, as they are.
 */
export const trackMediaUsage: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection, context }) => {
  const action = context?.workflow
  const touchesLive = action === 'publish' || action === 'withdraw' || doc?._status === 'published' || previousDoc?._status === 'published'
  if (touchesLive) await refreshMediaUsage(req, collection.slug, Number(doc.id))
  return doc
}

/** A deleted item uses no file any more. */
export const releaseMediaUsage: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await refreshMediaUsage(req, collection.slug, Number(doc.id))
  return doc
}
