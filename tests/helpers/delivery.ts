import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { withDeliveryErrors } from '@/delivery/api/errors'
import { handleItem } from '@/delivery/api/handleItem'
import { handleItems } from '@/delivery/api/handleItems'
import { handleFeed } from '@/delivery/feeds/handleFeed'

export type AgencyOptions = { trusted?: boolean; active?: boolean; allowedTypes?: string[]; rateLimitPerMinute?: number; webhookUrl?: string; name?: string }

let counter = 0

/** A press agency with a fresh API key, made the way a press officer would in the admin. */
export async function makeAgency(payload: Payload, options: AgencyOptions = {}) {
  counter += 1
  const apiKey = crypto.randomUUID()
  const agency = await payload.create({
    collection: 'agencies',
    data: {
      name: options.name ?? `Agency ${counter}`,
      kind: 'news-agency',
      active: options.active ?? true,
      trusted: options.trusted ?? false,
      allowedTypes: options.allowedTypes ?? [],
      rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
      webhookUrl: options.webhookUrl,
      enableAPIKey: true,
      apiKey,
    } as never,
    overrideAccess: true,
  })
  return { agency: agency as unknown as { id: number; webhookSecret?: string; name: string }, apiKey }
}

export type DeliveryResponse<T = any> = { status: number; body: T; text: string; headers: Headers }

const log = (error: unknown) => {
  throw error
}

async function read<T>(response: Response): Promise<DeliveryResponse<T>> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // Feeds are XML.
  }
  return { status: response.status, body: body as T, text, headers: response.headers }
}

/**
 * Calls the v1 delivery API through the same handlers its Next.js routes use, with real
 * Request and Response objects. A 500 rethrows the underlying error so a test shows it.
 */
export async function v1<T = any>(payload: Payload, path: string, apiKey?: string | null, headers: Record<string, string> = {}): Promise<DeliveryResponse<T>> {
  const request = new Request(`http://newsroom.test/api/v1${path}`, {
    headers: { ...(apiKey ? { Authorization: `agencies API-Key ${apiKey}` } : {}), ...headers },
  })
  const pathname = new URL(request.url).pathname
  const single = /^\/api\/v1\/items\/([^/]+)$/.exec(pathname)
  const response = await withDeliveryErrors(
    () => (single ? handleItem(payload, request, decodeURIComponent(single[1]!)) : handleItems(payload, request)),
    log,
    request,
  )
  return read<T>(response)
}

/** Fetches a public feed through its route handler. */
export async function feed(payload: Payload, path: string, headers: Record<string, string> = {}): Promise<DeliveryResponse> {
  const request = new Request(`http://newsroom.test/feeds${path}`, { headers })
  const match = /^\/feeds\/([^/]+)\/([^/?]+)$/.exec(new URL(request.url).pathname)
  if (!match) throw new Error(`not a feed path: ${path}`)
  const response = await withDeliveryErrors(() => handleFeed(payload, request, decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)), log, request)
  return read(response)
}

/** Follows `next` until the API says the agency is up to date; returns the items and the cursor to keep. */
export async function syncAll(payload: Payload, apiKey: string, since: string | null, query = ''): Promise<{ items: any[]; since: string | null }> {
  const items: any[] = []
  let cursor = since
  for (let page = 0; page < 1000; page += 1) {
    const params = new URLSearchParams(query)
    params.set('limit', params.get('limit') ?? '100')
    if (cursor) params.set('since', cursor)
    const response = await v1(payload, `/items?${params}`, apiKey)
    if (response.status !== 200) throw new Error(`sync answered ${response.status}: ${response.text}`)
    items.push(...response.body.items)
    if (response.body.next === null) return { items, since: cursor }
    cursor = response.body.next
  }
  throw new Error('sync did not finish in 1000 pages')
}
