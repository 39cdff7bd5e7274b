import type { Payload } from 'payload'

import type { ContentType } from '@/content/contentTypes'
import { poolOf } from '@/db/sql'
import type { NinjsItem } from '../ninjs/types'
import { auditEmbargoedFetch } from './auditEmbargoedFetch'
import { encodeCursor, type Cursor } from './cursor'
import { agencyContext } from './deliveryContext'
import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { renderedBody, respondCached, type RenderedBody } from '@/platform/http/httpCaching'
import { parseItemsQuery } from './parseItemsQuery'
import { queryChangePage, type Audience } from './queryChanges'
import type { AgencyRecord } from './agencyRecord'
import { ResponseCache } from './responseCache'

type Page = RenderedBody & { items: NinjsItem[] }

const cache = new ResponseCache<Page>()

export const AGENCY_CACHE_CONTROL = 'private, no-cache'

/** The content types this request asks for, within what the agency was granted. */
export function grantedTypes(agency: AgencyRecord, requested: ContentType[], explicit: boolean): ContentType[] {
  const granted = agency.allowedTypes.length === 0 ? requested : requested.filter((type) => agency.allowedTypes.includes(type))
  if (explicit && granted.length < requested.length) {
    const refused = requested.filter((type) => !granted.includes(type))
    throw new AppError(
      'type_not_allowed',
      inBothLanguages(apiRefusalMessages, (m) => m.typeNotAllowed(refused.join(', '))),
      { field: 'type' },
    )
  }
  return granted
}

/**
 * `GET /api/v1/items`: the change log as ninjs, newest change first, in sync passes.
 * A pass covers the changes after the client's cursor up to the newest one when the pass
 * began; `next` walks down through it page by page, then points past its top for the
 * next pass. An empty page with `next: null` means the client is up to date and should
 * keep its `since`. Each change is therefore delivered exactly once.
 */
export async function handleItems(payload: Payload, request: Request): Promise<Response> {
  const { state, agency, rateHeaders } = await agencyContext(payload, request)
  const params = new URL(request.url).searchParams
  const query = parseItemsQuery(params, payload.secret)
  const types = grantedTypes(agency, query.types, params.has('type'))
  const audience: Audience = agency.trusted ? 'trusted' : 'public'
  const since: Cursor = query.since ?? { after: 0 }
  const head = since.head ?? state.head
  const before = since.before ?? head + 1
  const key = [state.generation, audience, types.join(','), query.lang, query.topic, query.campaign, since.after, head, before, query.limit].join('|')

  let page = cache.get(key)
  if (!page) {
    const rows =
      types.length === 0
        ? []
        : await queryChangePage(
            poolOf(payload),
            { audience, types, lang: query.lang, topic: query.topic, campaign: query.campaign },
            { after: since.after, head, before, limit: query.limit + 1 },
          )
    const items = rows.slice(0, query.limit)
    const more = rows.length > query.limit
    const next: Cursor | null = more
      ? { after: since.after, head, before: rows[query.limit - 1]!.id }
      : items.length > 0 || since.head !== undefined
        ? { after: head }
        : null
    const body = JSON.stringify({ items: items.map((row) => row.ninjs), next: next ? encodeCursor(next, payload.secret) : null })
    page = { ...renderedBody(body, state.changedAt, 'application/json; charset=utf-8'), items: items.map((row) => row.ninjs) }
    cache.set(key, page)
  }
  if (agency.trusted) await auditEmbargoedFetch(payload, agency, page.items, 'GET /api/v1/items')
  return respondCached(request, page, AGENCY_CACHE_CONTROL, rateHeaders)
}
