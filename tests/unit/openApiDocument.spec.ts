import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'

import { AppError } from '@/platform/errors/appError'
import { parseItemsQuery } from '@/delivery/api/parseItemsQuery'
import { parseItemId } from '@/delivery/ninjs/itemIds'
import { canceledNinjs, renderNinjs } from '@/delivery/ninjs/renderNinjs'
import { openApiDocument } from '@/openapi/openApiDocument'
import { webhookBody } from '@/delivery/webhooks/sendDueWebhooks'

type Json = Record<string, any>

const doc = openApiDocument('https://newsroom.example.vn') as Json
const ROUTES_DIR = path.resolve(__dirname, '../../src/app/(delivery)')
const FEED_FILES = ['atom.xml', 'rss.xml', 'feed.json']
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']

/** Follows `#/components/...` pointers; undefined when one does not resolve. */
function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), doc)
}

const deref = (node: Json): Json => (typeof node.$ref === 'string' ? { ...(resolvePointer(node.$ref) as Json), ...node } : node)

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => collectRefs(child, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value)
      else collectRefs(value, found)
    }
  }
  return found
}

/** Every `route.ts` under the delivery route group, as the OpenAPI paths and methods it serves. */
function deliveryRoutes(): Array<{ path: string; methods: string[] }> {
  const routes: Array<{ path: string; methods: string[] }> = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const segments = path
          .relative(ROUTES_DIR, dir)
          .split(path.sep)
          .filter((segment) => segment && !/^\(.*\)$/.test(segment))
          .map((segment) => segment.replace(/^\[(\w+)\]$/, '{$1}'))
        const source = fs.readFileSync(full, 'utf8')
        const methods = HTTP_METHODS.filter((method) => new RegExp(`export\\s+(async\\s+function|function|const)\\s+${method}\\b`).test(source)).map((m) =>
          m.toLowerCase(),
        )
        const route = `/${segments.join('/')}`
        const paths = route.includes('{format}') ? FEED_FILES.map((file) => route.replace('{format}', file)) : [route]
        for (const p of paths) routes.push({ path: p, methods })
      }
    }
  }
  walk(ROUTES_DIR)
  return routes
}

function compiler() {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'https://newsroom.example.vn/openapi.json', components: doc.components }, 'openapi')
  return ajv
}

const validatorOf = (ajv: Ajv2020, name: string) => {
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)
  if (!validate) throw new Error(`no schema ${name}`)
  return validate
}

const article = {
  id: 42,
  createdAt: '2025-11-30T02:00:00.000Z',
  headline: 'Phát động chiến dịch an toàn trên mạng cho trẻ em',
  standfirst: 'Bộ phát động chiến dịch mới.',
  slug: 'phat-dong-chien-dich',
  byline: 'Phòng Truyền thông',
  topics: [{ slug: 'an-toan-tren-mang', name: 'An toàn trên mạng' }],
  audiences: [{ slug: 'phu-huynh', name: 'Phụ huynh' }],
  heroImage: {
    id: 7,
    url: '/media/hero.jpg',
    mimeType: 'image/jpeg',
    width: 1200,
    height: 800,
    filesize: 120_000,
    alt: 'Trẻ em dùng máy tính bảng',
    sizes: { thumbnail: { url: '/media/hero-300.jpg', width: 300, height: 200, mimeType: 'image/jpeg' } },
  },
  documents: [{ id: 9, url: '/media/fact-sheet.pdf', mimeType: 'application/pdf', filename: 'fact-sheet.pdf' }],
  campaign: { id: 3, title: 'Tháng an toàn trên mạng', _status: 'published', stage: 'published' },
}

const rendered = await renderNinjs({
  type: 'article',
  lang: 'vi',
  doc: article,
  version: 2,
  versionCreated: new Date('2025-12-01T03:00:00Z'),
  embargoedUntil: '2025-12-02T01:00:00Z',
  siteUrl: 'https://newsroom.example.vn',
})

describe('openApiDocument', () => {
  it('declares OpenAPI 3.1.0 with the JSON Schema 2020-12 dialect', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(doc.info).toMatchObject({ title: 'Campaign Newsroom delivery API', version: '1.0.0' })
    expect(doc.info.description).toMatch(/Vietnamese first/)
  })

  it('points its server at the URL it is given', () => {
    expect(openApiDocument('https://press.example.org').servers).toEqual([{ url: 'https://press.example.org' }])
  })

  it('describes every delivery endpoint with exactly the methods it serves', () => {
    const methods = Object.fromEntries(Object.entries(doc.paths as Json).map(([p, item]) => [p, Object.keys(item).sort()]))
    expect(methods).toEqual({
      '/api/v1/items': ['get'],
      '/api/v1/items/{id}': ['get'],
      '/api/v1/openapi.json': ['get'],
      '/api/v1/subscriptions': ['post'],
      '/api/v1/codes/{slug}': ['get'],
      '/api/v1/codes/{slug}/revisions': ['get'],
      '/api/v1/codes/{slug}/revisions/{revision}': ['get'],
      '/api/v1/codes/{slug}/diff': ['get'],
      '/api/v1/codes/{slug}/comments': ['get', 'post'],
      '/feeds/{lang}/atom.xml': ['get'],
      '/feeds/{lang}/rss.xml': ['get'],
      '/feeds/{lang}/feed.json': ['get'],
    })
  })

  it('has a documented path and method for every route file under src/app/(delivery)', () => {
    const routes = deliveryRoutes()
    expect(routes.length).toBeGreaterThanOrEqual(6)
    for (const route of routes) {
      expect(doc.paths, `no docs for ${route.path}`).toHaveProperty([route.path])
      expect(route.methods.length, `no handler found in the route for ${route.path}`).toBeGreaterThan(0)
      for (const method of route.methods) expect(doc.paths[route.path], `no docs for ${method.toUpperCase()} ${route.path}`).toHaveProperty([method])
    }
  })

  it('documents no path that has no route behind it', () => {
    const served = new Set(deliveryRoutes().map((route) => route.path))
    expect(Object.keys(doc.paths).filter((p) => !served.has(p))).toEqual([])
  })

  it('resolves every $ref to an existing component', () => {
    const refs = collectRefs(doc)
    expect(refs.length).toBeGreaterThan(20)
    expect(refs.filter((ref) => !ref.startsWith('#/components/') || resolvePointer(ref) === undefined)).toEqual([])
  })

  it('lists 400, 401, 403 and 429 on every v1 item operation, with an ETag on the 200', () => {
    for (const p of ['/api/v1/items', '/api/v1/items/{id}']) {
      const responses = doc.paths[p].get.responses as Json
      for (const status of ['200', '304', '400', '401', '403', '429']) expect(responses, `${p} ${status}`).toHaveProperty([status])
      const ok = deref(responses['200'])
      expect(Object.keys(ok.headers)).toEqual(expect.arrayContaining(['ETag', 'Last-Modified', 'Cache-Control', 'X-RateLimit-Limit']))
      expect(deref(responses['429']).headers).toHaveProperty(['Retry-After'])
      expect(deref(responses['401']).headers).toHaveProperty(['WWW-Authenticate'])
    }
    expect(doc.paths['/api/v1/items/{id}'].get.responses).toHaveProperty(['404'])
    expect(deref(doc.paths['/api/v1/items'].get.responses['200']).content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ItemsPage' })
  })

  it('asks agencies for the key as "agencies API-Key <key>" in the Authorization header', () => {
    expect(doc.security).toEqual([{ agencyApiKey: [] }])
    const scheme = doc.components.securitySchemes.agencyApiKey
    expect(scheme).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' })
    expect(scheme.description).toContain('agencies API-Key <key>')
    expect(doc.paths['/api/v1/items'].get.security).toBeUndefined()
  })

  it('makes the feeds and this document public with an empty security list', () => {
    for (const file of FEED_FILES) expect(doc.paths[`/feeds/{lang}/${file}`].get.security).toEqual([])
    expect(doc.paths['/api/v1/openapi.json'].get.security).toEqual([])
  })

  it('gives each feed its own content type, a vi|en language and 304, 400 and 404 answers', () => {
    const expected = { 'atom.xml': 'application/atom+xml', 'rss.xml': 'application/rss+xml', 'feed.json': 'application/feed+json' }
    for (const [file, contentType] of Object.entries(expected)) {
      const operation = doc.paths[`/feeds/{lang}/${file}`].get
      expect(Object.keys(operation.responses['200'].content)).toEqual([contentType])
      for (const status of ['304', '400', '404']) expect(operation.responses).toHaveProperty([status])
      const params = operation.parameters.map(deref)
      expect(params.find((p: Json) => p.in === 'path')).toMatchObject({ name: 'lang', required: true, schema: { enum: ['vi', 'en'] } })
      expect(
        params
          .filter((p: Json) => p.in === 'query')
          .map((p: Json) => p.name)
          .sort(),
      ).toEqual(['campaign', 'topic'])
    }
  })

  it('bounds limit from 1 to 100 with a default of 20', () => {
    const limit = deref(doc.paths['/api/v1/items'].get.parameters.map(deref).find((p: Json) => p.name === 'limit'))
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
    expect(parseItemsQuery(new URLSearchParams(), 'secret').limit).toBe(20)
  })

  it('accepts exactly the query values parseItemsQuery accepts', () => {
    const ajv = compiler()
    const cases: Array<[string, string]> = [
      ['limit', '1'],
      ['limit', '100'],
      ['limit', '0'],
      ['limit', '101'],
      ['type', 'article'],
      ['type', 'article,briefing-pack'],
      ['type', 'article, campaign'],
      ['type', 'video'],
      ['type', 'article,'],
      ['lang', 'vi'],
      ['lang', 'en'],
      ['lang', 'fr'],
      ['topic', 'an-toan-tren-mang'],
      ['topic', 'An-Toan'],
      ['topic', 'a--b'],
      ['campaign', 'thang-7'],
      ['campaign', '-x'],
    ]
    const params = doc.components.parameters as Json
    for (const [name, value] of cases) {
      const schema = params[name].schema
      const documented = ajv.validate(schema, schema.type === 'integer' ? Number(value) : value)
      let accepted = true
      try {
        parseItemsQuery(new URLSearchParams({ [name]: value }), 'secret')
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        accepted = false
      }
      expect(documented, `${name}=${value}`).toBe(accepted)
    }
  })

  it('gives the item id the pattern parseItemId accepts', () => {
    const pattern = new RegExp(doc.components.parameters.id.schema.pattern)
    for (const id of [
      'article-42-vi',
      'campaign-3-en',
      'briefing-pack-1-vi',
      'article-42-fr',
      'video-1-vi',
      'article--vi',
      'article-1-vi-x',
      `article-${'9'.repeat(13)}-vi`,
    ]) {
      expect(pattern.test(id), id).toBe(parseItemId(id) !== null)
    }
  })

  it('compiles every component schema as JSON Schema 2020-12', () => {
    const ajv = compiler()
    const names = Object.keys(doc.components.schemas)
    expect(names).toEqual(expect.arrayContaining(['Error', 'ItemsPage', 'NinjsItem', 'WebhookEvent']))
    for (const name of names) expect(() => validatorOf(ajv, name), name).not.toThrow()
  })

  it('accepts a minimal ninjs item and refuses one without a uri', () => {
    const validate = validatorOf(compiler(), 'NinjsItem')
    const item = {
      uri: 'urn:newsroom:article:1:vi',
      type: 'text',
      profile: 'article',
      version: '1',
      firstCreated: '2025-12-01T00:00:00.000Z',
      versionCreated: '2025-12-01T00:00:00.000Z',
      pubStatus: 'usable',
      language: 'vi',
      headlines: [{ value: 'Tiêu đề' }],
      altIds: [{ role: 'id', value: '1' }],
    }
    expect(validate(item), JSON.stringify(validate.errors)).toBe(true)
    const { uri: _uri, ...withoutUri } = item
    expect(validate(withoutUri)).toBe(false)
    expect(validate({ ...item, pubStatus: 'published' })).toBe(false)
  })

  it('accepts the items renderNinjs and canceledNinjs produce, associations and renditions included', () => {
    const validate = validatorOf(compiler(), 'NinjsItem')
    expect(rendered.associations?.map((a) => a.name)).toEqual(['image1', 'document1', 'campaign'])
    expect(validate(rendered), JSON.stringify(validate.errors)).toBe(true)
    const canceled = canceledNinjs(rendered, 3, new Date('2025-12-03T00:00:00Z'))
    expect(validate(canceled), JSON.stringify(validate.errors)).toBe(true)
  })

  it('accepts an items page and an error as the API writes them', () => {
    const ajv = compiler()
    expect(validatorOf(ajv, 'ItemsPage')({ items: [rendered], next: 'eyJ.abc' })).toBe(true)
    expect(validatorOf(ajv, 'ItemsPage')({ items: [], next: null })).toBe(true)
    expect(validatorOf(ajv, 'ItemsPage')({ items: [] })).toBe(false)
    expect(validatorOf(ajv, 'Error')({ error: { code: 'invalid_parameter', message: 'Bad.', field: 'limit' } })).toBe(true)
    expect(validatorOf(ajv, 'Error')({ code: 'invalid_parameter', message: 'Bad.' })).toBe(false)
  })

  it('documents the three webhook events, their signature header and a body webhookBody matches', () => {
    const validate = validatorOf(compiler(), 'WebhookEvent')
    const events = { itemPublished: 'item.published', itemUpdated: 'item.updated', itemWithdrawn: 'item.withdrawn' }
    expect(Object.keys(doc.webhooks).sort()).toEqual(Object.keys(events).sort())
    for (const [key, event] of Object.entries(events)) {
      const post = doc.webhooks[key].post
      const names = post.parameters.filter((p: Json) => p.in === 'header').map((p: Json) => p.name)
      expect(names).toEqual(['X-Newsroom-Signature', 'X-Newsroom-Event', 'X-Newsroom-Delivery'])
      expect(post.parameters[0].description).toContain('t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"')
      expect(post.description).toMatch(/7 attempts/)
      expect(post.responses).toHaveProperty(['2XX'])
      const body = JSON.parse(webhookBody({ event, occurred_at: new Date('2025-12-01T03:00:00Z'), ninjs: rendered }, false))
      expect(body.item.embargoedUntil).toBeUndefined()
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true)
    }
    expect(validate({ event: 'item.deleted', occurredAt: '2025-12-01T03:00:00Z', item: rendered })).toBe(false)
  })
})
