import type { Payload } from 'payload'

import { siteUrl } from '../../config/siteUrl'
import { CONTENT_TYPES } from '../contentTypes'
import { poolOf } from '../db/sql'
import { readFreshState } from '../api/deliveryContext'
import { DeliveryError } from '../api/errors'
import { renderedBody, respondCached, type RenderedBody } from '../api/httpCaching'
import { parseSlug } from '../api/parseItemsQuery'
import { queryLiveItems } from '../api/queryChanges'
import { ResponseCache } from '../api/responseCache'
import { isLanguage, type Language } from '../languages'
import { homeUrlOf } from '../publicUrl'
import { ATOM_CONTENT_TYPE, JSON_FEED_CONTENT_TYPE, RSS_CONTENT_TYPE } from './contentTypes'
import { feedEntryOf } from './feedEntryOf'
import { renderAtom } from './renderAtom'
import { renderJsonFeed } from './renderJsonFeed'
import { renderRss } from './renderRss'
import type { FeedEntry, FeedMeta } from './types'

export const FEED_FORMATS = {
  'atom.xml': { contentType: ATOM_CONTENT_TYPE, render: renderAtom },
  'rss.xml': { contentType: RSS_CONTENT_TYPE, render: renderRss },
  'feed.json': { contentType: JSON_FEED_CONTENT_TYPE, render: renderJsonFeed },
} as const
export type FeedFormat = keyof typeof FEED_FORMATS

const FEED_SIZE = 50

const TITLES: Record<Language, { title: string; description: string }> = {
  vi: { title: 'Bảo vệ trẻ em trên môi trường mạng', description: 'Tin bài, chiến dịch và tài liệu họp báo của Chương trình bảo vệ trẻ em trên môi trường mạng.' },
  en: { title: 'Child Protection Online', description: 'Articles, campaigns and briefing packs of the Programme for Child Protection Online.' },
}

const cache = new ResponseCache<RenderedBody>()

/**
 * `GET /feeds/{lang}/{atom.xml|rss.xml|feed.json}`: the newest public items, with no key.
 * They come from the change log's public rows, so an embargoed, withdrawn or draft item
 * never appears, exactly as in the v1 API for an agency that is not trusted.
 */
export async function handleFeed(payload: Payload, request: Request, langParam: string, format: string): Promise<Response> {
  if (!isLanguage(langParam)) throw new DeliveryError('not_found', 'Feeds exist for vi and en.', { field: 'lang' })
  if (!(format in FEED_FORMATS)) throw new DeliveryError('not_found', 'Feeds are atom.xml, rss.xml and feed.json.', { field: 'format' })
  const lang: Language = langParam
  const { contentType, render } = FEED_FORMATS[format as FeedFormat]
  const url = new URL(request.url)
  const campaign = parseSlug(url.searchParams, 'campaign')
  const topic = parseSlug(url.searchParams, 'topic')
  const state = await readFreshState(payload, null)
  const key = [state.generation, lang, format, campaign, topic].join('|')
  let rendered = cache.get(key)
  if (!rendered) {
    const site = siteUrl()
    const rows = await queryLiveItems(poolOf(payload), { audience: 'public', types: [...CONTENT_TYPES], lang, campaign, topic }, FEED_SIZE)
    const entries: FeedEntry[] = rows.map((row) => feedEntryOf(row, lang, site))
    const query = new URLSearchParams({ ...(campaign ? { campaign } : {}), ...(topic ? { topic } : {}) }).toString()
    const meta: FeedMeta = {
      lang,
      ...TITLES[lang],
      homeUrl: homeUrlOf(site, lang),
      selfUrl: `${site}/feeds/${lang}/${format}${query ? `?${query}` : ''}`,
      updated: entries[0]?.updated ?? state.changedAt.toISOString(),
      id: `urn:newsroom:feed:${lang}${query ? `:${query}` : ''}`,
    }
    rendered = renderedBody(render(meta, entries), state.changedAt, contentType)
    cache.set(key, rendered)
  }
  return respondCached(request, rendered, 'public, no-cache')
}
