import { ATOM_CONTENT_TYPE, JSON_FEED_CONTENT_TYPE, RSS_CONTENT_TYPE } from '@/delivery/feeds/contentTypes'
import { headers, parameters, responses, securitySchemes } from './components'
import { codePaths } from './codes'
import { componentSchemas } from './schemas'
import { subscribeOperation } from './subscriptions'
import { webhooks } from './webhooks'

const ref = (kind: 'headers' | 'parameters' | 'responses' | 'schemas', name: string) => ({ $ref: `#/components/${kind}/${name}` })

/** The error answers every agency operation can give; each handler runs `agencyContext` first. */
const AGENCY_ERRORS = {
  '400': ref('responses', 'BadRequest'),
  '401': ref('responses', 'Unauthorized'),
  '403': ref('responses', 'Forbidden'),
  '429': ref('responses', 'RateLimited'),
  '500': ref('responses', 'ServerError'),
}

const CACHED_HEADERS = {
  ETag: ref('headers', 'ETag'),
  'Last-Modified': ref('headers', 'Last-Modified'),
  'Cache-Control': ref('headers', 'Cache-Control'),
  Vary: ref('headers', 'Vary'),
}

const AGENCY_HEADERS = { ...CACHED_HEADERS, 'X-RateLimit-Limit': ref('headers', 'X-RateLimit-Limit') }

const CONDITIONAL = [ref('parameters', 'If-None-Match'), ref('parameters', 'If-Modified-Since')]

const SYNC = `Every change to the content, as IPTC ninjs items, newest change first. Each change is one entry: a new item, a new published version of one, or a withdrawal (the item with \`pubStatus: canceled\` and the public reason in \`edNote\`). A version its editors marked as a major update carries its change note in \`edNote\`: treat it as a correction.

**Syncing.** Store the \`next\` of each response and send it back as \`since\`. A sync pass covers the changes after your cursor up to the newest change when the pass began: \`next\` walks down through them page by page, then, on the last page, points past the top of the pass, ready for the next one. Changes made during a pass wait for the next pass. An empty page with \`next: null\` means you are up to date: keep the same \`since\` and ask again later. Followed this way, every change is delivered exactly once; an item that changed several times appears once per change, so keep the highest \`version\` of each \`uri\`.

**Embargoes.** Trusted agencies also receive embargoed items as soon as they are published, with \`embargoedUntil\`: do not publish them before that time. Each fetch of an embargoed item is written to the programme's audit log (agency, item, time). Other agencies receive the item when the embargo passes.

**Caching.** Responses carry \`ETag\` and \`Last-Modified\`; send them back as \`If-None-Match\` or \`If-Modified-Since\` to get a 304 without a body. A 304 still counts against the rate limit.`

const itemsOperation = {
  operationId: 'listItems',
  summary: 'Sync the items: every new item, new version and withdrawal',
  description: SYNC,
  tags: ['Items'],
  parameters: [...['since', 'limit', 'type', 'lang', 'topic', 'campaign'].map((name) => ref('parameters', name)), ...CONDITIONAL],
  responses: {
    '200': {
      description: 'A page of changes, newest first, and the cursor for the next request.',
      headers: AGENCY_HEADERS,
      content: { 'application/json': { schema: ref('schemas', 'ItemsPage') } },
    },
    '304': ref('responses', 'NotModified'),
    ...AGENCY_ERRORS,
  },
}

const itemOperation = {
  operationId: 'getItem',
  summary: 'One item, in its newest version',
  description:
    'The newest version of one item this agency may see; a withdrawn item is answered with `pubStatus: canceled`. Trusted agencies get an embargoed version at once, with `embargoedUntil`, and the fetch is audited; the others get the newest version that is public, or 404 when there is none yet.',
  tags: ['Items'],
  parameters: [ref('parameters', 'id'), ...CONDITIONAL],
  responses: {
    '200': { description: 'The item.', headers: AGENCY_HEADERS, content: { 'application/json': { schema: ref('schemas', 'NinjsItem') } } },
    '304': ref('responses', 'NotModified'),
    ...AGENCY_ERRORS,
    '404': ref('responses', 'NotFound'),
  },
}

const openApiOperation = {
  operationId: 'getOpenApiDocument',
  summary: 'This document',
  tags: ['Documentation'],
  security: [],
  responses: {
    '200': {
      description: 'The OpenAPI 3.1 description of the delivery API.',
      headers: { 'Cache-Control': { description: 'Cached for five minutes.', schema: { type: 'string', const: 'public, max-age=300' } } },
      content: { 'application/json': { schema: { type: 'object', required: ['openapi'], properties: { openapi: { type: 'string', const: '3.1.0' } } } } },
    },
  },
}

const FEEDS = [
  { file: 'atom.xml', name: 'Atom', contentType: ATOM_CONTENT_TYPE, schema: { type: 'string', description: 'An Atom 1.0 document.' } },
  { file: 'rss.xml', name: 'RSS', contentType: RSS_CONTENT_TYPE, schema: { type: 'string', description: 'An RSS 2.0 document.' } },
  {
    file: 'feed.json',
    name: 'JSON Feed',
    contentType: JSON_FEED_CONTENT_TYPE,
    schema: {
      type: 'object',
      description: 'A JSON Feed 1.1 document.',
      externalDocs: { url: 'https://www.jsonfeed.org/version/1.1/' },
      required: ['version', 'title', 'items'],
    },
  },
] as const

const feedOperation = ({ name, contentType, schema }: (typeof FEEDS)[number]) => ({
  get: {
    operationId: `getFeed${name.replace(/\s/g, '')}`,
    summary: `The public news feed as ${name}`,
    description:
      'The 50 newest public items in one language, for readers and for agencies without a key. Embargoed and draft items never appear. ' +
      'A withdrawn item stays for 30 days after its withdrawal, then drops out: in Atom as a tombstone (`at:deleted-entry`, RFC 6721, with the reason in `at:comment`), ' +
      'in RSS and JSON Feed as its entry, the title marked "[Đã rút]" or "[Withdrawn]" and the text giving the date and the reason. ' +
      'A major update leads its summary and content with its change note. ' +
      'Filter with `campaign` or `topic`; a slug that matches nothing gives an empty feed.',
    tags: ['Feeds'],
    security: [],
    parameters: [ref('parameters', 'feedLang'), ref('parameters', 'campaign'), ref('parameters', 'topic'), ...CONDITIONAL],
    responses: {
      '200': { description: `The feed (${name}).`, headers: CACHED_HEADERS, content: { [contentType.split(';')[0]!]: { schema } } },
      '304': { description: 'The feed has not changed since the `ETag` or date you sent. No body.', headers: CACHED_HEADERS },
      '400': { ...ref('responses', 'BadRequest'), description: 'A malformed or repeated `campaign` or `topic` slug (`invalid_parameter`).' },
      '404': { ...ref('responses', 'NotFound'), description: 'There is no feed in this language (`not_found`, field `lang`).' },
      '500': ref('responses', 'ServerError'),
    },
  },
})

/**
 * The OpenAPI 3.1 description of the delivery API, served at `GET /api/v1/openapi.json`.
 * A unit test checks that every route under `src/app/(delivery)` has a path here.
 */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Campaign Newsroom delivery API',
      version: '1.0.0',
      summary: 'News, campaigns and briefing packs of the national programme for child protection online, for press agencies.',
      description:
        'The press agency delivery API of Campaign Newsroom, the newsroom of Việt Nam’s national programme for child protection online. ' +
        'Content is written in Vietnamese first and English second: every item is one document in one language (`vi` or `en`), ' +
        'so a story in both languages is two items. Agencies pull changes from `/api/v1/items` with their API key and may also receive webhooks; ' +
        'anyone can read the public feeds under `/feeds`, and the codes of conduct under consultation under `/api/v1/codes`. Errors are always `{ "error": { "code", "message", "field"? } }`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ agencyApiKey: [] }],
    tags: [
      { name: 'Items', description: 'ninjs items for press agencies (API key).' },
      { name: 'Feeds', description: 'Public Atom, RSS and JSON feeds (no key).' },
      { name: 'Subscriptions', description: 'Email subscriptions for journalists and newsrooms (no key).' },
      { name: 'Codes of conduct', description: 'Codes of conduct on child protection in cyberspace: frozen revisions, diffs and public comments (no key).' },
      { name: 'Documentation', description: 'This description.' },
    ],
    paths: {
      '/api/v1/items': { get: itemsOperation },
      '/api/v1/items/{id}': { get: itemOperation },
      '/api/v1/openapi.json': { get: openApiOperation },
      '/api/v1/subscriptions': { post: subscribeOperation },
      ...codePaths,
      ...Object.fromEntries(FEEDS.map((feed) => [`/feeds/{lang}/${feed.file}`, feedOperation(feed)])),
    },
    webhooks,
    components: { schemas: componentSchemas, responses, parameters, headers, securitySchemes },
  }
}
