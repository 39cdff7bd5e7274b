import sharp from 'sharp'

import type { HostileRequest } from './hostileRequests'
import type { Identity } from './identities'

export type HostileAnswer = { status: number; text: string; headers: string }

const ORIGIN = 'http://newsroom.test'

type RouteModule = Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>
type Route = { pattern: RegExp; names: string[]; load: () => Promise<RouteModule> }

const route = (pattern: RegExp, names: string[], load: () => Promise<unknown>): Route => ({ pattern, names, load: load as () => Promise<RouteModule> })

// The app's route files, called as Next.js calls them: a Request and the path's params.
// Public routes live under `[lang]`: `/x` is lang `vi` (the proxy's rewrite), `/en/x` lang `en`.
const ROUTES: Route[] = [
  route(/^\/api\/v1\/items\/([^/]+)$/, ['id'], () => import('@/app/(delivery)/api/v1/items/[id]/route')),
  route(/^\/api\/v1\/items$/, [], () => import('@/app/(delivery)/api/v1/items/route')),
  route(/^\/api\/v1\/openapi\.json$/, [], () => import('@/app/(delivery)/api/v1/openapi.json/route')),
  route(/^\/api\/v1\/subscriptions$/, [], () => import('@/app/(delivery)/api/v1/subscriptions/route')),
  route(/^\/api\/v1\/codes\/([^/]+)\/comments$/, ['slug'], () => import('@/app/(delivery)/api/v1/codes/[slug]/comments/route')),
  route(/^\/api\/v1\/codes\/([^/]+)\/diff$/, ['slug'], () => import('@/app/(delivery)/api/v1/codes/[slug]/diff/route')),
  route(
    /^\/api\/v1\/codes\/([^/]+)\/revisions\/([^/]+)$/,
    ['slug', 'revision'],
    () => import('@/app/(delivery)/api/v1/codes/[slug]/revisions/[revision]/route'),
  ),
  route(/^\/api\/v1\/codes\/([^/]+)\/revisions$/, ['slug'], () => import('@/app/(delivery)/api/v1/codes/[slug]/revisions/route')),
  route(/^\/api\/v1\/codes\/([^/]+)$/, ['slug'], () => import('@/app/(delivery)/api/v1/codes/[slug]/route')),
  route(/^\/feeds\/([^/]+)\/([^/]+)$/, ['lang', 'format'], () => import('@/app/(delivery)/feeds/[lang]/[format]/route')),
  route(/^(?:\/(en))?\/codes\/([^/]+)\/comments$/, ['lang', 'slug'], () => import('@/app/(site)/[lang]/(pages)/codes/[slug]/comments/route')),
  route(/^(?:\/(en))?\/codes\/([^/]+)\/print\.pdf$/, ['lang', 'slug'], () => import('@/app/(site)/[lang]/(pages)/codes/[slug]/print.pdf/route')),
  route(/^(?:\/(en))?\/codes\/([^/]+)\/report\.csv$/, ['lang', 'slug'], () => import('@/app/(site)/[lang]/(pages)/codes/[slug]/report.csv/route')),
  route(/^(?:\/(en))?\/press\/accreditation\/submit$/, ['lang'], () => import('@/app/(site)/[lang]/(pages)/press/accreditation/submit/route')),
  route(/^(?:\/(en))?\/press\/sign-in\/request$/, ['lang'], () => import('@/app/(site)/[lang]/(pages)/press/sign-in/request/route')),
  route(/^(?:\/(en))?\/press\/sign-in\/verify$/, ['lang'], () => import('@/app/(site)/[lang]/(pages)/press/sign-in/verify/route')),
  route(/^(?:\/(en))?\/press\/sign-out$/, ['lang'], () => import('@/app/(site)/[lang]/(pages)/press/sign-out/route')),
  route(
    /^(?:\/(en))?\/press\/briefing-packs\/([^/]+)\/bundle\.zip$/,
    ['lang', 'slug'],
    () => import('@/app/(site)/[lang]/(pages)/press/briefing-packs/[slug]/bundle.zip/route'),
  ),
  route(/^\/robots\.txt$/, [], () => import('@/app/(site)/robots.txt/route')),
  route(/^\/sitemap\.xml$/, [], () => import('@/app/(site)/sitemap.xml/route')),
  route(/^\/subscriptions\/confirm$/, [], () => import('@/app/(subscriptions)/subscriptions/confirm/route')),
  route(/^\/subscriptions\/manage$/, [], () => import('@/app/(subscriptions)/subscriptions/manage/route')),
  route(/^\/subscriptions\/unsubscribe$/, [], () => import('@/app/(subscriptions)/subscriptions/unsubscribe/route')),
]

const decode = (part: string): string => {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

async function read(response: Response): Promise<HostileAnswer> {
  const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n')
  return { status: response.status, text: await response.text(), headers }
}

let png: Buffer | undefined

async function restRequest(request: Extract<HostileRequest, { channel: 'rest' }>, identity: Identity): Promise<Response> {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const headers = new Headers()
  if (identity.authorization) headers.set('Authorization', identity.authorization)
  let body: BodyInit | undefined
  if (request.upload !== undefined) {
    png ??= await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 9, g: 9, b: 9 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), request.upload)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử', credit: 'Thử' }))
    body = form
  } else if (request.rawBody !== undefined || request.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = request.rawBody ?? JSON.stringify(request.body)
  }
  const httpRequest = new Request(`${ORIGIN}/api${request.path}`, { method: request.method, headers, body })
  return handleEndpoints({ config, path: `/api${request.path.split('?')[0]}`, request: httpRequest })
}

async function graphqlRequest(request: Extract<HostileRequest, { channel: 'graphql' }>, identity: Identity): Promise<Response> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (identity.authorization) headers.Authorization = identity.authorization
  return GRAPHQL_POST(config)(
    new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: request.query, variables: request.variables }) }),
  )
}

async function routeRequest(request: Extract<HostileRequest, { channel: 'route' }>, identity: Identity): Promise<Response> {
  const pathname = request.path.split('?')[0]!
  const found = ROUTES.map((candidate) => ({ candidate, match: candidate.pattern.exec(pathname) })).find((entry) => entry.match)
  if (!found?.match) throw new Error(`no route file for ${request.path}`)
  const handler = (await found.candidate.load())[request.method]
  if (!handler) return new Response(null, { status: 405 })
  const params = Object.fromEntries(found.candidate.names.map((name, i) => [name, decode(found.match![i + 1] ?? 'vi')]))
  const headers = new Headers({ Origin: ORIGIN, Referer: `${ORIGIN}/` })
  if (identity.authorization) headers.set('Authorization', identity.authorization)
  if (request.contentType) headers.set('Content-Type', request.contentType)
  return handler(new Request(`${ORIGIN}${request.path}`, { method: request.method, headers, body: request.body }), { params: Promise.resolve(params) })
}

/** Sends one request in-process, as the server would handle it; a throw is what Next.js answers with a 500. */
export async function sendHostile(request: HostileRequest, identity: Identity): Promise<HostileAnswer> {
  try {
    if (request.channel === 'rest') return await read(await restRequest(request, identity))
    if (request.channel === 'graphql') return await read(await graphqlRequest(request, identity))
    return await read(await routeRequest(request, identity))
  } catch (error) {
    return { status: 500, text: `thrown: ${error instanceof Error ? error.stack : String(error)}`, headers: '' }
  }
}
