import type { Article, BriefingPack, Campaign } from '../../../payload-types'
import type { ItemSummary } from '../components/ItemList'
import type { WithFallbacks } from '@/content/public/findPublished'
import { mediaOf } from '@/content/public/mediaOf'

/** `vi` when the summary shown is the Vietnamese text of an item that has no English one yet. */
const summaryLang = (doc: WithFallbacks, field: string) => (doc.vietnameseFields?.includes(field) ? ('vi' as const) : undefined)

export const campaignSummary = (doc: Campaign & WithFallbacks): ItemSummary => ({
  id: doc.id,
  section: 'campaigns',
  slug: doc.slug ?? String(doc.id),
  title: doc.title,
  summary: doc.summary,
  summaryLang: summaryLang(doc, 'summary'),
  date: doc.startDate ?? null,
  image: mediaOf(doc.heroImage)[0] ?? null,
})

export const articleSummary = (doc: Article & WithFallbacks): ItemSummary => ({
  id: doc.id,
  section: 'articles',
  slug: doc.slug ?? String(doc.id),
  title: doc.headline,
  summary: doc.standfirst,
  summaryLang: summaryLang(doc, 'standfirst'),
  date: doc.createdAt,
  image: mediaOf(doc.images)[0] ?? null,
  embargoUntil: doc.embargoUntil,
})

export const packSummary = (doc: BriefingPack & WithFallbacks): ItemSummary => ({
  id: doc.id,
  section: 'briefing-packs',
  slug: doc.slug ?? String(doc.id),
  title: doc.title,
  summary: doc.summary,
  summaryLang: summaryLang(doc, 'summary'),
  date: doc.createdAt,
  image: mediaOf(doc.images)[0] ?? null,
  embargoUntil: doc.embargoUntil,
})
