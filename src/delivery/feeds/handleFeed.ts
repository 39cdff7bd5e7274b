import { identityNow } from '@/content/settings/identityNow'
import { syndicationMessages } from '@/i18n/messages/syndication'
import type { Payload } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { CONTENT_TYPES } from '@/content/contentTypes'
import { poolOf } from '@/db/sql'
import { readFreshState } from '../api/deliveryContext'
import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { renderedBody, respondCached, type RenderedBody } from '@/platform/http/httpCaching'
import { parseSlug } from '../api/parseItemsQuery'
import { queryLiveItems } from '../api/queryChanges'
import { ResponseCache } from '../api/responseCache'
import { homeUrlOf } from '../publicUrl'
import { ATOM_CONTENT_TYPE, JSON_FEED_CONTENT_TYPE, RSS_CONTENT_TYPE } from './contentTypes'
import { WITHDRAWN_KEPT_MS } from './feedCopy'
import { feedEntryOf } from './feedEntryOf'
import { renderAtom } from './renderAtom'
import { renderJsonFeed } from './renderJsonFeed'
import { renderRss } from './renderRss'
import type { FeedEntry, FeedMeta } from './types'
import { type Lang, isLang } from '@/i18n/lang'

export const FEED_FORMATS = {
  'atom.xml': { contentType: ATOM_CONTENT_TYPE, render: renderAtom },
  'rss.xml': { contentType: RSS_CONTENT_TYPE, render: renderRss },
  'feed.json': { contentType: JSON_FEED_CONTENT_TYPE, render: renderJsonFeed },
} as const
export type FeedFormat = keyof typeof FEED_FORMATS

const FEED_SIZE = 50

/** A feed's title and description: the ministry's site and programme, from Site identity. */
const titleOf = (lang: Lang): { title: string; description: string } => {
  const identity = identityNow(lang)
  return { title: identity.siteName, description: syndicationMessages[lang].feedDescription(identity.programme) }
}

/** A rendered feed, and when it goes stale by itself: a withdrawn entry's time is up. */
type CachedFeed = { rendered: RenderedBody; staleAt: number }

const cache = new ResponseCache<CachedFeed>()

/** When the first withdrawn entry of these rows drops out of the feed. */
const staleAtOf = (rows: Array<{ pubStatus: string; occurredAt: Date }>): number =>
  Math.min(Infinity, ...rows.filter((row) => row.pubStatus === 'canceled').map((row) => row.occurredAt.getTime() + WITHDRAWN_KEPT_MS))

/**
 * `GET /feeds/{lang}/{atom.xml|rss.xml|feed.json}`: the newest public items, with no key.
 * They come from the change log's public rows, so an embargoed or draft item never
 * appears, exactly as in the v1 API for an agency that is not trusted. A withdrawn item
 * stays for 30 days after its withdrawal: an Atom tombstone (`at:deleted-entry`, RFC 6721),
 * and in RSS and JSON Feed its entry with the title marked and the reason as its text.
 */
export async function handleFeed(payload: Payload, request: Request, langParam: string, format: string): Promise<Response> {
  if (!isLang(langParam))
    throw new AppError(
      'not_found',
      inBothLanguages(apiRefusalMessages, (m) => m.feedLanguages),
      { field: 'lang' },
    )
  if (!(format in FEED_FORMATS))
    throw new AppError(
      'not_found',
      inBothLanguages(apiRefusalMessages, (m) => m.feedFormats),
      { field: 'format' },
    )
  const lang: Lang = langParam
  const { contentType, render } = FEED_FORMATS[format as FeedFormat]
  const url = new URL(request.url)
  const campaign = parseSlug(url.searchParams, 'campaign')
  const topic = parseSlug(url.searchParams, 'topic')
  const state = await readFreshState(payload, null)
  const key = [state.generation, lang, format, campaign, topic].join('|')
  const now = Date.now()
  let cached = cache.get(key)
  if (!cached || cached.staleAt <= now) {
    const site = siteUrl()
    const rows = await queryLiveItems(
      poolOf(payload),
      { audience: 'public', types: [...CONTENT_TYPES], lang, campaign, topic },
      FEED_SIZE,
      new Date(now - WITHDRAWN_KEPT_MS),
    )
    const entries: FeedEntry[] = rows.map((row) => feedEntryOf(row, lang, site))
    const query = new URLSearchParams({ ...(campaign ? { campaign } : {}), ...(topic ? { topic } : {}) }).toString()
    const meta: FeedMeta = {
      lang,
      ...titleOf(lang),
      homeUrl: homeUrlOf(site, lang),
      selfUrl: `${site}/feeds/${lang}/${format}${query ? `?${query}` : ''}`,
      updated: entries[0]?.updated ?? state.changedAt.toISOString(),
      id: `urn:newsroom:feed:${lang}${query ? `:${query}` : ''}`,
    }
    // An entry that dropped out by time changed the feed when it did, not at the last publication.
    const changedAt = new Date(Math.max(state.changedAt.getTime(), cached ? Math.min(cached.staleAt, now) : 0))
    cached = { rendered: renderedBody(render(meta, entries), changedAt, contentType), staleAt: staleAtOf(rows) }
    cache.set(key, cached)
  }
  return respondCached(request, cached.rendered, 'public, no-cache')
}
