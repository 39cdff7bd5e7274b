import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { appendPublication } from '@/delivery/changes/appendPublication'
import { appendWithdrawal } from '@/delivery/changes/appendWithdrawal'
import { bumpGeneration } from '@/delivery/changes/deliveryState'
import { TYPE_OF } from '@/content/contentTypes'
import { sqlFor } from '@/db/sql'
import { isContentCollection } from '@/content/contentCollections'

/**
 * Publishing, withdrawing and scheduling reach press agencies through the change log,
 * written in the same transaction as the change itself. Only workflow actions count:
 * draft saves change nothing that agencies see.
 */
export const recordDeliveryChange: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (!isContentCollection(collection.slug)) return doc
  const type = TYPE_OF[collection.slug]
  const action = context?.workflow
  if (action === 'publish') await appendPublication({ req, type, id: Number(doc.id), major: context?.majorChange === true })
  // The reason the workflow stored on the item is public: agencies and readers are told it.
  else if (action === 'withdraw')
    await appendWithdrawal({ req, type, id: Number(doc.id), reason: typeof doc.withdrawalReason === 'string' ? doc.withdrawalReason : null })
  else if (action === 'schedule' || action === 'unschedule') await bumpGeneration(await sqlFor(req))
  return doc
}

/** Deleting a delivered item withdraws it from every agency that had it. */
export const recordDeliveryDeletion: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (!isContentCollection(collection.slug)) return doc
  await appendWithdrawal({ req, type: TYPE_OF[collection.slug], id: Number(doc.id) })
  return doc
}
