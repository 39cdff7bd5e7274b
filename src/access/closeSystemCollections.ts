import { APIError, Forbidden, NotFound, type Endpoint, type PayloadHandler, type SanitizedConfig } from 'payload'

import { langOfPayloadRequest } from '@/i18n/lang'
import { validationMessages } from '@/i18n/messages/validation'

import { isStaffMember } from './roles'
import { jobStatsAccess, lockAccess, migrationAccess, preferenceAccess } from './systemCollections'

/** Refuses anyone but staff before a handler that checks no access of its own. */
const staffOnly =
  (handler: PayloadHandler): PayloadHandler =>
  (req) => {
    if (!isStaffMember(req.user as Parameters<typeof isStaffMember>[0])) throw new Forbidden(req.t)
    return handler(req)
  }

// A preference's key names a setting of the admin (a list's columns, the nav): short and printable.
// eslint-disable-next-line no-control-regex -- matches control characters on purpose
const PREFERENCE_KEY = /^[^\u0000-\u001F\u007F]{1,255}$/

/**
 * Payload's `/:key` preference endpoints pass the key to the database as it comes: a NUL
 * answers 500, and so does deleting a key that was never saved. A key no setting can have
 * answers 400 naming `key`; deleting one the staff member does not have answers 404.
 */
const checkedPreferenceKey =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    const key = String(req.routeParams?.key ?? '')
    if (!PREFERENCE_KEY.test(key)) throw new APIError(validationMessages[langOfPayloadRequest(req)].preferenceKey, 400, [{ field: 'key' }], true)
    if (req.method === 'DELETE' && req.user) {
      const found = await req.payload.count({
        collection: 'payload-preferences',
        where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
        overrideAccess: true,
        req,
      })
      if (found.totalDocs === 0) throw new NotFound(req.t)
    }
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
        // The sanitized list holds Payload's whole REST surface for the collection; only the
        // `/:key` routes take a key, the others keep Payload's own checks of `where` and the rest.
        collection.endpoints = collection.endpoints.map((endpoint: Endpoint) =>
          endpoint.path.includes(':key')
            ? { ...endpoint, handler: staffOnly(checkedPreferenceKey(endpoint.handler)) }
            : { ...endpoint, handler: staffOnly(endpoint.handler) },
        )
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
