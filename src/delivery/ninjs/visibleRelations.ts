import { isPublished, isPubliclyVisible } from '@/access/publicContent'
import type { ContentType } from '@/content/contentTypes'
import type { StoredDocument } from '@/content/storedDocument'

type Doc = StoredDocument

/**
 * Who a rendering is for. Trusted agencies read every published item, embargoed ones
 * included; everyone else (other agencies, feeds, mail, the site) reads what is public now.
 */
export type RelationAudience = 'trusted' | 'public'

/**
 * Whether this audience may see a related content document (a campaign) on its own: the
 * same rule the collection's read access applies, so a relation never shows more than a
 * request for the related document itself would. Topics and audiences are taxonomies,
 * readable by everyone, and need no check.
 */
export function relationVisibleTo(audience: RelationAudience, now: Date): (doc: Doc) => boolean {
  return audience === 'trusted' ? (doc) => isPublished(doc) : (doc) => isPubliclyVisible(doc, now)
}

/** The item's campaign, populated, when this audience may see it; otherwise nothing at all. */
export function visibleCampaignOf(type: ContentType, doc: Doc, audience: RelationAudience, now: Date): Doc | undefined {
  if (type === 'campaign') return undefined
  const campaign = doc.campaign
  if (!campaign || typeof campaign !== 'object' || campaign.id === undefined) return undefined
  return relationVisibleTo(audience, now)(campaign) ? campaign : undefined
}

/** The campaign slug a change is filed under for this audience (`?campaign=` filters and mail choices). */
export function campaignSlugFor(type: ContentType, doc: Doc, audience: RelationAudience, now: Date): string | null {
  if (type === 'campaign') return typeof doc.slug === 'string' ? doc.slug : null
  const slug = visibleCampaignOf(type, doc, audience, now)?.slug
  return typeof slug === 'string' ? slug : null
}
