import type { Payload } from 'payload'

import type { Article, BriefingPack } from '../../../payload-types'
import type { JournalistPrincipal } from '@/access/journalists'
import { findPublished } from '@/content/public/findPublished'
import { auditEmbargoedView } from './auditEmbargoedView'
import { type Lang } from '@/i18n/lang'

export type PressRoom = { packs: BriefingPack[]; articles: Article[] }

/**
 * The press room's lists for a signed-in journalist: published packs and articles, newest
 * first, embargoed ones included (their titles and summaries are embargoed material too,
 * so each one listed under embargo is logged).
 */
export async function loadPressRoom(payload: Payload, options: { journalist: JournalistPrincipal; lang: Lang; now?: Date }): Promise<PressRoom> {
  const reader = { lang: options.lang, journalist: options.journalist, depth: 0 }
  const [packs, articles] = await Promise.all([
    findPublished<BriefingPack>(payload, 'briefing-packs', { ...reader, limit: 30 }),
    findPublished<Article>(payload, 'articles', { ...reader, limit: 30 }),
  ])
  await auditEmbargoedView(payload, {
    journalist: options.journalist,
    items: [
      ...packs.map((pack) => ({ collection: 'briefing-packs' as const, id: pack.id, slug: pack.slug, title: pack.title, embargoUntil: pack.embargoUntil })),
      ...articles.map((article) => ({
        collection: 'articles' as const,
        id: article.id,
        slug: article.slug,
        title: article.headline,
        embargoUntil: article.embargoUntil,
      })),
    ],
    via: 'press-room list',
    lang: options.lang,
    now: options.now,
  })
  return { packs, articles }
}
