import type { Article, BriefingPack, Campaign } from '../../../payload-types'
import type { ItemSummary } from '../components/ItemList'
import { mediaOf } from '@/content/public/mediaOf'

export const campaignSummary = (doc: Campaign): ItemSummary => ({
  id: doc.id, section: 'campaigns', slug: doc.slug ?? String(doc.id), title: doc.title, summary: doc.summary, date: doc.startDate ?? null, image: mediaOf(doc.heroImage)[0] ?? null,
})

export const articleSummary = (doc: Article): ItemSummary => ({
  id: doc.id, section: 'articles', slug: doc.slug ?? String(doc.id), title: doc.headline, summary: doc.standfirst, date: doc.createdAt, image: mediaOf(doc.images)[0] ?? null, embargoUntil: doc.embargoUntil,
})

export const packSummary = (doc: BriefingPack): ItemSummary => ({
  id: doc.id, section: 'briefing-packs', slug: doc.slug ?? String(doc.id), title: doc.title, summary: doc.summary, date: doc.createdAt, image: mediaOf(doc.images)[0] ?? null, embargoUntil: doc.embargoUntil,
})
