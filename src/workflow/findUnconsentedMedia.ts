import type { PayloadRequest } from 'payload'

type Relation = number | { id: number } | null | undefined

const ids = (value: Relation | Relation[]): number[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item) => (item == null ? [] : [typeof item === 'object' ? item.id : item]))

/** Every media file a content item uses: hero image, images and documents. */
export function mediaUsedBy(doc: Record<string, unknown>): number[] {
  return [...new Set([...ids(doc.heroImage as Relation), ...ids(doc.images as Relation[]), ...ids(doc.documents as Relation[])])]
}

export type UnconsentedMedia = { id: number; filename: string | null; reason: string }

/**
 * The safeguarding gate: media that depict a child without recorded, unexpired consent.
 * Publishing or scheduling an item that uses any of them is refused.
 */
export async function findUnconsentedMedia(
  req: PayloadRequest,
  doc: Record<string, unknown>,
  at: Date,
  /** The scheduler has no user; it passes `true` to see every file, as staff do. */
  overrideAccess = false,
): Promise<UnconsentedMedia[]> {
  const used = mediaUsedBy(doc)
  if (used.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: used } }, { depictsChild: { equals: true } }] },
    depth: 0,
    limit: used.length,
    req,
    overrideAccess,
    user: req.user,
  })
  return docs.flatMap((media) => {
    if (!media.consentRecorded) return [{ id: media.id, filename: media.filename ?? null, reason: 'depicts a child and no consent is recorded' }]
    if (media.consentExpiry && new Date(media.consentExpiry).getTime() <= at.getTime()) {
      return [{ id: media.id, filename: media.filename ?? null, reason: `consent expired on ${media.consentExpiry}` }]
    }
    return []
  })
}
