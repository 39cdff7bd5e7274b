import type { CollectionAfterChangeHook } from 'payload'

import { recordSlugChange } from '@/content/slugs/recordSlugChange'
import { sqlFor } from '@/db/sql'
import { isContentCollection } from '@/content/contentCollections'
import { liveTable } from '@/workflow/liveTable'

/**
 * A publication (the workflow's or the scheduler's) that changes an item's slug keeps
 * the old one, in the same transaction, so that its old URL answers 301 to the new one.
 */
export const recordSlugHistory: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (!isContentCollection(collection.slug) || context?.workflow !== 'publish') return doc
  await recordSlugChange(await sqlFor(req), {
    collection: collection.slug,
    table: liveTable(req.payload, collection.slug),
    id: Number(doc.id),
    slug: doc.slug,
    at: new Date(),
  })
  return doc
}
