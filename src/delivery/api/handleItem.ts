import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'
import { parseItemId } from '../ninjs/itemIds'
import type { NinjsItem } from '../ninjs/types'
import { auditEmbargoedFetch } from './auditEmbargoedFetch'
import { agencyContext } from './deliveryContext'
import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { AGENCY_CACHE_CONTROL, grantedTypes } from './handleItems'
import { renderedBody, respondCached, type RenderedBody } from '@/platform/http/httpCaching'
import { queryLatestChange } from './queryChanges'
import { ResponseCache } from './responseCache'

const cache = new ResponseCache<RenderedBody & { item: NinjsItem }>()

/** `GET /api/v1/items/{id}`: the newest version of one item this agency may see, withdrawn ones as `canceled`. */
export async function handleItem(payload: Payload, request: Request, id: string): Promise<Response> {
  const { state, agency, rateHeaders } = await agencyContext(payload, request)
  const parsed = parseItemId(id)
  if (!parsed)
    throw new AppError(
      'invalid_parameter',
      inBothLanguages(apiRefusalMessages, (m) => m.itemIdShape),
      { field: 'id' },
    )
  grantedTypes(agency, [parsed.type], true)
  const audience = agency.trusted ? 'trusted' : 'public'
  const key = `${state.generation}|${audience}|${id}`
  let rendered = cache.get(key)
  if (!rendered) {
    const row = await queryLatestChange(poolOf(payload), { audience, types: [parsed.type] }, id)
    if (!row)
      throw new AppError(
        'not_found',
        inBothLanguages(apiRefusalMessages, (m) => m.noItem(id)),
        { field: 'id' },
      )
    rendered = { ...renderedBody(JSON.stringify(row.ninjs), state.changedAt, 'application/json; charset=utf-8'), item: row.ninjs }
    cache.set(key, rendered)
  }
  if (agency.trusted) await auditEmbargoedFetch(payload, agency, [rendered.item], 'GET /api/v1/items/{id}')
  return respondCached(request, rendered, AGENCY_CACHE_CONTROL, rateHeaders)
}
