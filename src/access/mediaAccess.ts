import { NotFound, type Access, type PayloadRequest, type Where } from 'payload'

import { agencySeesEmbargoed, isAgency } from './agencies'
import { isAccreditedJournalist } from './journalists'
import { hasRole, isStaffMember } from './roles'

type ConsentFacts = { depictsChild?: boolean | null; consentRecorded?: boolean | null; consentExpiry?: string | null }

/**
 * Safeguarding, as a predicate: a file that depicts a child may be shown only while consent
 * is recorded and has not expired.
 */
export function hasValidConsent(media: ConsentFacts, now: Date): boolean {
  if (!media.depictsChild) return true
  if (!media.consentRecorded) return false
  return !media.consentExpiry || new Date(media.consentExpiry).getTime() > now.getTime()
}

/** ... and as a query constraint. */
export function consentedMediaWhere(now: Date): Where {
  return {
    or: [
      { depictsChild: { not_equals: true } },
      {
        and: [{ consentRecorded: { equals: true } }, { or: [{ consentExpiry: { exists: false } }, { consentExpiry: { greater_than: now.toISOString() } }] }],
      },
    ],
  }
}

/**
 * A file is public while an item that is public right now uses it, and its consent holds.
 * `visibleFrom` is the earliest moment any live item using the file is out of embargo
 * (kept by src/content/mediaUsage in the publication's transaction), so an embargo that
 * ends makes the file public at that moment with nothing to run.
 */
export function publicMediaWhere(now: Date): Where {
  return { and: [{ visibleFrom: { less_than_equal: now.toISOString() } }, consentedMediaWhere(now)] }
}

/** Files of live items, embargoed ones included: what trusted agencies and accredited journalists may fetch. */
export function liveMediaWhere(now: Date): Where {
  return { and: [{ visibleFrom: { exists: true } }, consentedMediaWhere(now)] }
}

type Principal = Parameters<typeof isStaffMember>[0] | unknown

/** Who sees which files, decided once for every channel (REST, GraphQL, files, pages). */
export function mediaReadRule(user: Principal, now: Date): true | Where {
  if (isStaffMember(user as Parameters<typeof isStaffMember>[0])) return true
  if (isAgency(user) && agencySeesEmbargoed(user)) return liveMediaWhere(now)
  if (isAccreditedJournalist(user)) return liveMediaWhere(now)
  return publicMediaWhere(now)
}

type Sizes = readonly string[]

const filenameWhere = (filename: string, sizes: Sizes): Where => ({
  or: [{ filename: { equals: filename } }, ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } }))],
})

async function findVisibleFile(req: PayloadRequest, filename: string, rule: Where, sizes: Sizes) {
  return req.payload.db.findOne<{ id: number }>({ collection: 'media', where: { and: [filenameWhere(filename, sizes), rule] }, req })
}

/** What the file endpoint learnt while checking access, for its Cache-Control header. */
export type MediaFileCheck = { public: boolean }

/**
 * Reading a file (`/api/media/file/<name>`, any image size): a file the reader may not
 * see answers 404, as an unknown file does, so that its name confirms nothing.
 */
async function readFile(req: PayloadRequest, filename: string, sizes: Sizes): Promise<true> {
  const now = new Date()
  const isPublic = Boolean(await findVisibleFile(req, filename, publicMediaWhere(now), sizes))
  req.context.mediaFile = { public: isPublic } satisfies MediaFileCheck
  if (isPublic) return true
  const rule = mediaReadRule(req.user, now)
  if (rule === true) return true
  if (await findVisibleFile(req, filename, rule, sizes)) return true
  throw new NotFound(req.t)
}

export const mediaImageSizeNames = (req: PayloadRequest): Sizes => (req.payload.collections.media?.config.upload?.imageSizes ?? []).map((size) => size.name)

export const mediaAccess: { read: Access; create: Access; update: Access; delete: Access } = {
  read: ({ req, isReadingStaticFile, data }) => {
    const filename = (data as { filename?: unknown } | undefined)?.filename
    if (isReadingStaticFile && typeof filename === 'string') return readFile(req, filename, mediaImageSizeNames(req))
    return mediaReadRule(req.user, new Date())
  },
  create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
  update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
  delete: ({ req }) => hasRole(req.user, 'admin', 'editor'),
}

/** Safeguarding fields are for staff alone: never in a public or agency answer, never queryable. */
export const staffOnlyField = ({ req }: { req: PayloadRequest }): boolean => isStaffMember(req.user as Parameters<typeof isStaffMember>[0])
