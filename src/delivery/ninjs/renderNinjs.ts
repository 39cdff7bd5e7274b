import type { ContentType } from '@/content/contentTypes'
import { bodyHtml } from './bodyHtml'
import { audienceUriOf, itemUriOf, topicUriOf } from './itemIds'
import { isMediaDoc, mediaAssociation, type MediaDoc } from './mediaAssociation'
import type { NinjsItem } from './types'
import { copyrightHolder, usageTerms } from './usageTerms'
import { visibleCampaignOf, type RelationAudience } from './visibleRelations'
import type { StoredDocument } from '@/content/storedDocument'
import { type Lang } from '@/i18n/lang'

type Doc = StoredDocument

export type NinjsSource = {
  type: ContentType
  lang: Lang
  /** The document in this language (relations populated at depth 1). */
  doc: Doc
  version: number
  versionCreated: Date
  /** Only given for an embargo that has not passed, and only ever shown to trusted agencies. */
  embargoedUntil?: string
  siteUrl: string
  /**
   * Who the item is rendered for: a related campaign appears only when this audience may
   * see it on its own, judged at `now`. Defaults to the public, the strictest.
   */
  audience?: RelationAudience
  now?: Date
  /** The public note of a major update: agencies read it in `edNote`, as editors of the change. */
  changeNote?: string | null
}

const TITLE_FIELD: Record<ContentType, string> = { article: 'headline', campaign: 'title', 'briefing-pack': 'title' }
const SUMMARY_FIELD: Record<ContentType, string> = { article: 'standfirst', campaign: 'summary', 'briefing-pack': 'summary' }
const NINJS_TYPE: Record<ContentType, NinjsItem['type']> = { article: 'text', campaign: 'composite', 'briefing-pack': 'composite' }

export const titleOf = (type: ContentType, doc: Doc): string => {
  const value = doc[TITLE_FIELD[type]]
  return typeof value === 'string' ? value.trim() : ''
}

const populated = (value: unknown): Doc[] => (Array.isArray(value) ? value : value ? [value] : []).filter((v) => v && typeof v === 'object')

function subjects(doc: Doc): NonNullable<NinjsItem['subjects']> {
  return [
    ...populated(doc.topics).map((topic) => ({ name: String(topic.name ?? topic.slug), uri: topicUriOf(String(topic.slug)), rel: 'about' })),
    ...populated(doc.audiences).map((audience) => ({
      name: String(audience.name ?? audience.slug),
      uri: audienceUriOf(String(audience.slug)),
      rel: 'audience',
    })),
  ]
}

/** The campaign in this language when it has one there, else its Vietnamese original. */
function campaignAssociation(campaign: Doc, lang: Lang) {
  const title = typeof campaign.title === 'string' ? campaign.title.trim() : ''
  const inLanguage = title ? lang : 'vi'
  return {
    name: 'campaign',
    uri: itemUriOf('campaign', campaign.id, inLanguage),
    type: 'composite' as const,
    headlines: title ? [{ value: title }] : undefined,
  }
}

type Relations = { audience: RelationAudience; now: Date }

function associations(type: ContentType, doc: Doc, lang: Lang, siteUrl: string, relations: Relations): NonNullable<NinjsItem['associations']> {
  const images: MediaDoc[] = [...populated(doc.heroImage), ...populated(doc.images)].filter(isMediaDoc)
  const documents: MediaDoc[] = populated(doc.documents).filter(isMediaDoc)
  const campaign = visibleCampaignOf(type, doc, relations.audience, relations.now)
  return [
    ...images.map((media, i) => mediaAssociation(`image${i + 1}`, media, siteUrl)),
    ...documents.map((media, i) => mediaAssociation(`document${i + 1}`, media, siteUrl)),
    ...(campaign ? [campaignAssociation(campaign, lang)] : []),
  ].map((association) => JSON.parse(JSON.stringify(association)))
}

/**
 * One content document in one language as an IPTC ninjs 3.x item. Pure: the caller
 * decides the version, the time and whether the embargo is shown. Asynchronous only
 * because a briefing pack's body is rendered by React (src/platform/html/renderToStaticHtml.ts).
 */
export async function renderNinjs({
  type,
  lang,
  doc,
  version,
  versionCreated,
  embargoedUntil,
  siteUrl,
  audience = 'public',
  now = new Date(),
  changeNote,
}: NinjsSource): Promise<NinjsItem> {
  const summary = doc[SUMMARY_FIELD[type]]
  const byline = typeof doc.byline === 'string' && doc.byline.trim() ? doc.byline.trim() : undefined
  const item: NinjsItem = {
    uri: itemUriOf(type, doc.id, lang),
    type: NINJS_TYPE[type],
    profile: type,
    version: String(version),
    firstCreated: new Date(doc.createdAt).toISOString(),
    versionCreated: versionCreated.toISOString(),
    pubStatus: 'usable',
    edNote: changeNote?.trim() || undefined,
    urgency: type === 'article' && Number.isInteger(doc.urgency) ? doc.urgency : 5,
    language: lang,
    slugline: typeof doc.slug === 'string' ? doc.slug : undefined,
    by: byline ?? copyrightHolder(lang),
    usageTerms: usageTerms(lang),
    copyrightHolder: copyrightHolder(lang),
    headlines: [{ role: 'main', value: titleOf(type, doc) }],
    descriptions: typeof summary === 'string' && summary.trim() ? [{ role: 'summary', contentType: 'text/plain', value: summary.trim() }] : undefined,
    bodies: [{ role: 'main', contentType: 'text/html', value: await bodyHtml(type, doc, lang) }],
    subjects: subjects(doc),
    altIds: [{ role: 'id', value: String(doc.id) }, ...(typeof doc.slug === 'string' ? [{ role: 'slug', value: doc.slug }] : [])],
    associations: associations(type, doc, lang, siteUrl, { audience, now }),
  }
  if (embargoedUntil) item.embargoedUntil = new Date(embargoedUntil).toISOString()
  return JSON.parse(JSON.stringify(item)) as NinjsItem
}

/**
 * The same item, withdrawn: what agencies need to take it down, and nothing more, but the
 * public reason in `edNote` so that their editors know why.
 */
export function canceledNinjs(last: NinjsItem, version: number, at: Date, reason?: string | null): NinjsItem {
  return {
    uri: last.uri,
    type: last.type,
    profile: last.profile,
    version: String(version),
    firstCreated: last.firstCreated,
    versionCreated: at.toISOString(),
    pubStatus: 'canceled',
    ...(reason?.trim() ? { edNote: reason.trim() } : {}),
    language: last.language,
    headlines: last.headlines,
    altIds: last.altIds,
  }
}

/** What everyone but trusted agencies receives: the embargo is never shown to them. */
export function withoutEmbargo(item: NinjsItem): NinjsItem {
  const { embargoedUntil: _hidden, ...rest } = item
  return rest
}
