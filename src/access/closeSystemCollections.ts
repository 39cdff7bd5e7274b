import { Forbidden, type Endpoint, type PayloadHandler, type SanitizedConfig } from 'payload'

import { isStaffMember } from './roles'
import { jobStatsAccess, lockAccess, migrationAccess, preferenceAccess } from './systemCollections'

/** Refuses anyone but staff before a handler that checks no access of its own. */
const staffOnly =
  (handler: PayloadHandler): PayloadHandler =>
  (req) => {
    if (!isStaffMember(req.user as Parameters<typeof isStaffMember>[0])) throw new Forbidden(req.t)
    return handler(req)
  }

/**
 * Payload adds its system collections while it sanitizes the config, after every plugin
 * has run, and opens them to any signed-in principal, agencies' API keys included. This
 * sets their access on the sanitized config, before Payload starts:
 * - `payload-locked-documents`: staff only;
 * - `payload-preferences`: each staff member's own; its `/:key` endpoints write to the
 *   database for whoever is signed in, so they are wrapped with a staff check;
 * - `payload-migrations`: closed, and answered 404 rather than Payload's 501;
 * - `payload-jobs-stats` (global): admins read, nobody writes.
 * `payload-jobs` is closed by Payload already, and its run endpoints follow `jobs.access`.
 */
export function closeSystemCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') Object.assign(collection.access, lockAccess)
    if (collection.slug === 'payload-preferences') {
      Object.assign(collection.access, preferenceAccess)
      if (collection.endpoints) {
        collection.endpoints = collection.endpoints.map((endpoint: Endpoint) => ({ ...endpoint, handler: staffOnly(endpoint.handler) }))
      }
    }
    if (collection.slug === 'payload-migrations') {
      Object.assign(collection.access, migrationAccess)
      collection.endpoints = []
    }
  }
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') Object.assign(global.access, jobStatsAccess)
  }
  return config
}
