import type { Payload } from 'payload'

import type { Article, Audience, BriefingPack, Campaign, Topic } from '../../../payload-types'
import type { JournalistPrincipal } from '@/access/journalists'
import { resolveRichTextLinks } from '../links/resolveRichTextLinks'
import { contentLanguageOf, findPublished, findPublishedBySlug, type SiteCollection } from './findPublished'
import { loadPublicUpdate, type WithPublicUpdate } from './loadPublicUpdate'
import { populated } from './mediaOf'
import { wasWithdrawn } from './wasWithdrawn'
import { type Lang } from '@/i18n/lang'

/** What an item page shows: the item, or that it never was (404) or was withdrawn (410). */
export type Loaded<T> = { status: 'ok'; value: T } | { status: 'not-found' } | { status: 'gone' }

type Reader = { lang: Lang; journalist?: JournalistPrincipal | null }

/** The language the item's text is in: the page's, or Vietnamese for an item not written in English. */
export type Written = { contentLang: Lang }

/**
 * The item as its page shows it: internal links in its rich text settled for this reader's
 * language (a target that is not public is left as plain text), and the note of its
 * latest major update.
 */
async function bySlug<T extends { id: number }>(
  payload: Payload,
  collection: SiteCollection,
  slug: string,
  reader: Reader,
): Promise<Loaded<WithPublicUpdate<T> & Written>> {
  const doc = await findPublishedBySlug<T>(payload, collection, slug, { lang: reader.lang, journalist: reader.journalist, depth: 1 })
  if (!doc) return (await wasWithdrawn(payload, collection, slug)) ? { status: 'gone' } : { status: 'not-found' }
  const [linked, publicUpdate, contentLang] = await Promise.all([
    resolveRichTextLinks(payload, doc as T & Record<string, unknown>, ['body'], { lang: reader.lang, base: '' }),
    loadPublicUpdate(payload, collection, doc.id, reader.lang),
    contentLanguageOf(payload, collection, doc.id, reader),
  ])
  return { status: 'ok', value: { ...linked, publicUpdate, contentLang } }
}

export async function loadCampaign(
  payload: Payload,
  slug: string,
  reader: Reader,
): Promise<Loaded<{ campaign: WithPublicUpdate<Campaign> & Written; articles: Article[]; packs: BriefingPack[] }>> {
  const found = await bySlug<Campaign>(payload, 'campaigns', slug, reader)
  if (found.status !== 'ok') return found
  const campaign = found.value
  const [articles, packs] = await Promise.all([
    findPublished<Article>(payload, 'articles', { ...reader, where: { campaign: { equals: campaign.id } }, limit: 50 }),
    findPublished<BriefingPack>(payload, 'briefing-packs', { ...reader, where: { campaign: { equals: campaign.id } }, limit: 20 }),
  ])
  return { status: 'ok', value: { campaign, articles, packs } }
}

/** An article and up to four related ones: same campaign or a shared topic, newest first. */
export async function loadArticle(
  payload: Payload,
  slug: string,
  reader: Reader,
): Promise<Loaded<{ article: WithPublicUpdate<Article> & Written; related: Article[] }>> {
  const found = await bySlug<Article>(payload, 'articles', slug, reader)
  if (found.status !== 'ok') return found
  const article = found.value
  const campaignId = populated<Campaign>(article.campaign)[0]?.id ?? (typeof article.campaign === 'number' ? article.campaign : undefined)
  const topicIds = populated<Topic>(article.topics).map((topic) => topic.id)
  const related = await findPublished<Article>(payload, 'articles', {
    ...reader,
    where: {
      and: [
        { id: { not_equals: article.id } },
        { or: [...(campaignId ? [{ campaign: { equals: campaignId } }] : []), ...(topicIds.length ? [{ topics: { in: topicIds } }] : [])] },
      ],
    },
    limit: 4,
  })
  return { status: 'ok', value: { article, related: campaignId || topicIds.length ? related : [] } }
}

export async function loadPack(payload: Payload, slug: string, reader: Reader): Promise<Loaded<WithPublicUpdate<BriefingPack> & Written>> {
  return bySlug<BriefingPack>(payload, 'briefing-packs', slug, reader)
}

export async function loadTaxonomy(payload: Payload, kind: 'topics' | 'audiences', slug: string, reader: Reader) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const { docs } = await payload.find({ collection: kind, where: { slug: { equals: slug } }, locale: reader.lang, depth: 0, limit: 1, overrideAccess: false })
  const term = docs[0] as Topic | Audience | undefined
  if (!term) return null
  const [campaigns, articles] = await Promise.all([
    findPublished<Campaign>(payload, 'campaigns', { ...reader, where: { [kind]: { in: [term.id] } }, limit: 20 }),
    findPublished<Article>(payload, 'articles', { ...reader, where: { [kind]: { in: [term.id] } }, limit: 50 }),
  ])
  return { term, campaigns, articles }
}
