import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { TYPE_OF } from '@/content/contentTypes'
import { sqlFor } from '@/db/sql'
import { indexDocument } from '@/search/indexDocument'
import { removeSearchRows } from '@/search/writeSearchRows'
import { isContentCollection } from '@/content/contentCollections'

/**
 * The site search follows the workflow, in the same transaction: publishing (by a person
 * or the scheduler) indexes the live version, withdrawing removes it. Draft saves change
 * nothing the public sees, so they leave the index alone.
 */
export const indexForSearch: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (!isContentCollection(collection.slug)) return doc
  const type = TYPE_OF[collection.slug]
  const action = context?.workflow
  if (action === 'publish') await indexDocument({ req, type, id: Number(doc.id) })
  else if (action === 'withdraw') await removeSearchRows(await sqlFor(req), { type, id: Number(doc.id) })
  return doc
}

/** A deleted item leaves the search index with it. */
export const removeFromSearch: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (!isContentCollection(collection.slug)) return doc
  await removeSearchRows(await sqlFor(req), { type: TYPE_OF[collection.slug], id: Number(doc.id) })
  return doc
}
