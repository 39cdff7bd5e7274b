import { isDeepStrictEqual } from 'node:util'

import type { ContentType } from '@/content/contentTypes'
import { renderNinjs } from '../ninjs/renderNinjs'
import type { NinjsItem } from '../ninjs/types'
import { campaignSlugFor, type RelationAudience } from '../ninjs/visibleRelations'
import type { AudienceView } from './types'
import type { StoredDocument } from '@/content/storedDocument'
import { type Lang } from '@/i18n/lang'

type Doc = StoredDocument

const slugOf = (value: unknown): string | null => (value && typeof value === 'object' && typeof (value as Doc).slug === 'string' ? (value as Doc).slug : null)

export type ViewSource = {
  type: ContentType
  lang: Lang
  /** The live document in this language, relations populated. */
  doc: Doc
  version: number
  versionCreated: Date
  siteUrl: string
  /** When visibility of related documents is judged. */
  now: Date
  /** Shown to trusted agencies only. */
  embargoedUntil?: string
  /** The public note of a major update, carried in `edNote`. */
  changeNote?: string | null
}

/**
 * One version of an item as one audience receives it: the ninjs item, and the campaign and
 * topics it is filed under. Rendered for each audience at the time of writing, so a related
 * campaign this audience may not see is neither in the item nor a filter that finds it.
 */
export async function audienceView(source: ViewSource, audience: RelationAudience): Promise<AudienceView> {
  const { type, doc, now, embargoedUntil, ...rest } = source
  return {
    ninjs: await renderNinjs({ ...rest, type, doc, now, audience, embargoedUntil: audience === 'trusted' ? embargoedUntil : undefined }),
    campaignSlug: campaignSlugFor(type, doc, audience, now),
    topicSlugs: (Array.isArray(doc.topics) ? doc.topics : []).map(slugOf).filter((slug: string | null): slug is string => Boolean(slug)),
  }
}

const withoutVersion = ({ version: _version, versionCreated: _created, ...rest }: NinjsItem) => rest

/** Whether an audience already has this view: the same item and filters, whatever the version number. */
export function sameAsDelivered(view: AudienceView, delivered: AudienceView | null): boolean {
  if (!delivered) return false
  return (
    view.campaignSlug === delivered.campaignSlug &&
    isDeepStrictEqual(view.topicSlugs, delivered.topicSlugs) &&
    isDeepStrictEqual(withoutVersion(view.ninjs), withoutVersion(delivered.ninjs))
  )
}
