import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '@/config/paths'
import { makeActor, publishedCodeInConsultation } from '../helpers/codes'
import { getTestPayload } from '../helpers/testPayload'
import { recordCounts } from './hostileCounts'
import { hostileRequests, type HostileRequest } from './hostileRequests'
import { makeIdentities, type Identity } from './identities'
import { seedHidden, type Seeded } from './seedHidden'
import { startServer, type RunningServer } from './startServer'

/*
 * The same hostile requests, and the site's pages and files, through the real Next.js server:
 * its proxy, its route handlers and its file serving, as a visitor's browser reaches them.
 */

type Finding = { request: string; identity: string; status: number; detail: string }

let payload: Payload
let server: RunningServer
let seeded: Seeded
let identities: Identity[]
let codeSlug: string
let sent = 0
const serverErrors: Finding[] = []
const leaks: Finding[] = []
const tag = `S${Date.now().toString(36).toUpperCase()}`

function httpRequest(request: HostileRequest, identity: Identity, baseUrl: string): { url: string; init: RequestInit } {
  const headers = new Headers({ Origin: baseUrl, Referer: `${baseUrl}/` })
  if (identity.authorization) headers.set('Authorization', identity.authorization)
  if (request.channel === 'graphql') {
    headers.set('Content-Type', 'application/json')
    return { url: `${baseUrl}/api/graphql`, init: { method: 'POST', headers, body: JSON.stringify({ query: request.query, variables: request.variables }) } }
  }
  if (request.channel === 'route') {
    if (request.contentType) headers.set('Content-Type', request.contentType)
    return { url: `${baseUrl}${request.path}`, init: { method: request.method, headers, body: request.body } }
  }
  let body: BodyInit | undefined
  if (request.upload !== undefined) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png!)], { type: 'image/png' }), request.upload)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử', credit: 'Thử' }))
    body = form
  } else if (request.rawBody !== undefined || request.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = request.rawBody ?? JSON.stringify(request.body)
  }
  return { url: `${baseUrl}/api${request.path}`, init: { method: request.method, headers, body } }
}

let png: Buffer | undefined

async function send(label: string, url: string, init: RequestInit, identity: Identity) {
  sent += 1
  let status: number
  let text: string
  let headers = ''
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30_000) })
    status = response.status
    headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n')
    text = await response.text()
  } catch (error) {
    // fetch refuses some URLs itself (a lone surrogate, a bad header): not the server's doing.
    if (error instanceof TypeError && !String(error.cause ?? '').includes('ECONNRESET')) return
    status = 599
    text = String(error)
  }
  if (status >= 500) serverErrors.push({ request: label, identity: identity.name, status, detail: text.slice(0, 300) })
  const asked = `${label} ${String(init.body ?? '')}`.toLowerCase()
  for (const marker of seeded.markers) {
    if (identity.sees === 'everything' || (identity.sees === 'embargoed' && marker.embargoed)) continue
    if (asked.includes(marker.marker.toLowerCase())) continue
    if (text.includes(marker.marker) || text.toLowerCase().includes(marker.marker.toLowerCase()) || headers.includes(marker.marker)) {
      leaks.push({ request: label, identity: identity.name, status, detail: marker.what })
    }
  }
}

/** The public pages and files of every hidden item, and paths built to confuse the router. */
async function sitePaths(): Promise<string[]> {
  const paths = [
    '/',
    '/en',
    '/articles',
    '/campaigns',
    '/briefing-packs',
    '/press',
    '/press/articles',
    '/press/briefing-packs',
    '/codes',
    '/search?q=Sapo',
    '/sitemap.xml',
    '/robots.txt',
  ]
  for (const collection of ['articles', 'campaigns', 'briefing-packs'] as const) {
    const { docs } = await payload.find({
      collection,
      where: { id: { in: seeded.hiddenIds[collection] } },
      draft: true,
      overrideAccess: true,
      depth: 0,
      limit: 100,
    })
    for (const doc of docs as unknown as Array<{ slug: string }>) {
      for (const prefix of ['', '/en', '/press']) paths.push(`${prefix}/${collection}/${doc.slug}`)
      if (collection === 'briefing-packs') paths.push(`/press/briefing-packs/${doc.slug}/bundle.zip`)
    }
  }
  const media = await payload.find({ collection: 'media', where: { id: { in: seeded.hiddenMediaIds } }, overrideAccess: true, depth: 0, limit: 100 })
  for (const file of media.docs as unknown as Array<{ filename: string; sizes?: Record<string, { filename?: string | null }> }>) {
    paths.push(`/api/media/file/${file.filename}`)
    for (const size of Object.values(file.sizes ?? {})) if (size.filename) paths.push(`/api/media/file/${size.filename}`)
  }
  for (const hostile of ['%00', '..%2F..%2Fetc%2Fpasswd', '%E3%80%80', 'a'.repeat(3000), "x'--", '%C0%AE%C0%AE', '1e20']) {
    paths.push(
      `/articles/${hostile}`,
      `/campaigns/${hostile}`,
      `/briefing-packs/${hostile}`,
      `/topics/${hostile}`,
      `/audiences/${hostile}`,
      `/codes/${hostile}`,
      `/codes/${hostile}/revisions/${hostile}`,
      `/api/media/file/${hostile}`,
      `/en/press/articles/${hostile}`,
    )
  }
  paths.push(
    `/codes/${codeSlug}/diff?from=%00&to=1e20`,
    `/codes/${codeSlug}/revisions/v9.9`,
    `/search?q[]=a&page=-1`,
    '/search?page=1e20',
    '/search?q=%00',
    '/?lang=xx',
    '/subscribe?topics=%00',
    '/press/sign-in?next=%0D%0ALocation:%20x',
  )
  return paths
}

beforeAll(async () => {
  payload = await getTestPayload()
  identities = await makeIdentities(payload, 'http://127.0.0.1:9/unused')
  seeded = await seedHidden(payload, tag)
  const editor = await makeActor(payload, ['editor'])
  const reviewer = await makeActor(payload, ['reviewer'])
  codeSlug = (await publishedCodeInConsultation(payload, `site-${tag}`, editor, reviewer)).slug
  png = await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 9, g: 9, b: 9 } } })
    .png()
    .toBuffer()
  server = await startServer({
    DATABASE_URL: process.env.DATABASE_URL,
    DATA_DIR: inject('dataDir'),
    PAYLOAD_SECRET: inject('payloadSecret'),
  } as unknown as NodeJS.ProcessEnv)
})

afterAll(async () => {
  await server?.stop()
  // Every finding in full, for the CI log's reader.
  fs.mkdirSync(path.join(projectRoot, 'tests', 'hostile', 'artifacts'), { recursive: true })
  fs.writeFileSync(path.join(projectRoot, 'tests', 'hostile', 'artifacts', 'site-findings.json'), JSON.stringify({ serverErrors, leaks }, null, 1))
  console.log(`hostile (Next.js server): ${sent} requests, ${serverErrors.length} 5xx, ${leaks.length} leaks`)
  recordCounts({ requests: sent, serverErrors: serverErrors.length, leaks: leaks.length })
})

describe('hostile requests through the Next.js server', () => {
  it('answers the site’s pages, files, forms and API without a 5xx or a marker of a hidden item', async () => {
    for (const path of await sitePaths()) {
      for (const identity of [identities[0]!, identities[1]!])
        await send(
          `GET ${path.slice(0, 160)}`,
          `${server.baseUrl}${path}`,
          { headers: identity.authorization ? { Authorization: identity.authorization } : {} },
          identity,
        )
    }
    const slugs = payload.config.collections.map((collection) => collection.slug)
    // Every route request, and every third REST one (the in-process file sends them all).
    const requests = hostileRequests(slugs, seeded, codeSlug).filter((request, index) => request.channel !== 'rest' || index % 3 === 0)
    for (const [index, request] of requests.entries()) {
      const identity = request.channel === 'route' && !request.path.startsWith('/api/v1/items') ? identities[0]! : identities[index % identities.length]!
      const { url, init } = httpRequest(request, identity, server.baseUrl)
      await send(`${init.method} ${url.slice(server.baseUrl.length, server.baseUrl.length + 160)}`, url, init, identity)
    }
    expect(sent).toBeGreaterThanOrEqual(1000)
    expect(serverErrors, JSON.stringify(serverErrors.slice(0, 20), null, 1)).toEqual([])
    expect(leaks, JSON.stringify(leaks.slice(0, 20), null, 1)).toEqual([])
  })
})
