import type { CollectionSlug, PayloadRequest } from 'payload'

import { publishedWhere } from '@/access/publicContent'
import type { ContentType } from '@/content/contentTypes'
import { writePublicationRows } from './writePublicationRows'

/** Content types that are filed under a campaign and name it in their ninjs item. */
const FILED_UNDER_CAMPAIGN: Array<{ type: ContentType; collection: CollectionSlug }> = [
  { type: 'article', collection: 'articles' },
  { type: 'briefing-pack', collection: 'briefing-packs' },
]

/**
 * A campaign became visible to some audience, or stopped being visible: every live item
 * filed under it is rendered again for each audience, and those whose view changed get an
 * `updated` version. Items already delivered cannot be recalled, but from now on each
 * audience sees the campaign exactly when it may see the campaign itself.
 */
export async function refreshDependants({ req, campaignId, now }: { req: PayloadRequest; campaignId: number; now: Date }): Promise<number> {
  let written = 0
  for (const { type, collection } of FILED_UNDER_CAMPAIGN) {
    // The system reads what it delivered, whatever the current user may see.
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ campaign: { equals: campaignId } }, publishedWhere()] },
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    for (const doc of docs) written += await writePublicationRows({ req, type, id: Number(doc.id), now, refresh: true })
  }
  return written
}
