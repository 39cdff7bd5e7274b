import type { GlobalAfterChangeHook } from 'payload'

import { refreshGlobalMediaUsage } from '../../../src/content/mediaUsage/refreshGlobalMediaUsage'
import { bumpGeneration } from '../../../src/delivery/changes/deliveryState'
import { sqlFor } from '../../../src/delivery/db/sql'

/**
 * The identity is on every public page: its logo becomes public, and every instance's page
 * cache refreshes, in the save's own transaction.
 */
export const publishSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  // Every language's values, read as the admin who saved them (the identity is public anyway).
  const all = await req.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, req, user: req.user, overrideAccess: false })
  await refreshGlobalMediaUsage(req, 'site-settings', all as unknown as Record<string, unknown>)
  await bumpGeneration(await sqlFor(req))
  return doc
}
