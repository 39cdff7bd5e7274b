import { CONTENT_TYPES } from '@/content/contentTypes'
import { LANGS } from '@/i18n/lang'

/** Headers, parameters, responses and the security scheme the paths share. */

const header = (description: string, schema: Record<string, unknown>) => ({ description, schema })
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` })
const errorContent = (examples: Record<string, { code: string; message: string; field?: string }>) => ({
  'application/json': {
    schema: { $ref: '#/components/schemas/Error' },
    examples: Object.fromEntries(Object.entries(examples).map(([name, error]) => [name, { value: { error } }])),
  },
})

const SLUG = { type: 'string', maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }

export const headers = {
  ETag: header('A strong validator of the body: send it back as `If-None-Match` to get a 304 when nothing changed.', {
    type: 'string',
    examples: ['"pZ2Xq0u7mJ3lVYxGm1kq9T3bH8nQe0A"'],
  }),
  'Last-Modified': header('When anything delivered last changed, as an HTTP date; `If-Modified-Since` is honoured too.', {
    type: 'string',
    examples: ['Tue, 02 Dec 2025 08:30:00 GMT'],
  }),
  'Cache-Control': header('`private, no-cache` for agency responses, `public, no-cache` for feeds: caches must revalidate.', { type: 'string' }),
  'Cache-Control-NoStore': header('Errors are never cached.', { type: 'string', const: 'no-store' }),
  Vary: header('Responses differ by API key and encoding.', { type: 'string', const: 'Authorization, Accept-Encoding' }),
  'X-RateLimit-Limit': header('Requests per minute this agency may make (600 unless the press office set another limit).', { type: 'integer', minimum: 1 }),
  'Retry-After': header('Seconds to wait before the next request.', { type: 'integer', minimum: 0 }),
  'WWW-Authenticate': header('The scheme to use.', { type: 'string', const: 'API-Key realm="newsroom"' }),
}

export const parameters = {
  since: {
    name: 'since',
    in: 'query',
    description:
      'Where the last sync got to: the `next` of the previous response, unchanged. It is opaque and signed; anything else is refused with `invalid_cursor`. Leave it out for the first sync, which starts from the beginning.',
    schema: { type: 'string', maxLength: 200 },
  },
  limit: {
    name: 'limit',
    in: 'query',
    description: 'Items per page.',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  type: {
    name: 'type',
    in: 'query',
    description:
      'Only these content types: one, or a comma list. Without it, every type this agency is granted; asking for a type it is not granted is refused with `type_not_allowed`.',
    schema: {
      type: 'string',
      pattern: `^\\s*(${CONTENT_TYPES.join('|')})\\s*(,\\s*(${CONTENT_TYPES.join('|')})\\s*)*$`,
      examples: ['article', 'article,briefing-pack'],
    },
  },
  lang: {
    name: 'lang',
    in: 'query',
    description: 'Only items in this language (Vietnamese or English). Without it, both.',
    schema: { type: 'string', enum: [...LANGS] },
  },
  topic: { name: 'topic', in: 'query', description: 'Only items about the topic with this slug.', schema: { ...SLUG, examples: ['an-toan-tren-mang'] } },
  campaign: { name: 'campaign', in: 'query', description: 'Only items of the campaign with this slug (and the campaign itself).', schema: SLUG },
  id: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The item id: content type, document number and language. The item `uri` `urn:newsroom:article:42:vi` has the id `article-42-vi`.',
    schema: { type: 'string', pattern: '^(article|campaign|briefing-pack)-\\d{1,12}-(vi|en)$', examples: ['article-42-vi'] },
  },
  feedLang: {
    name: 'lang',
    in: 'path',
    required: true,
    description: 'The language of the feed, Vietnamese first.',
    schema: { type: 'string', enum: [...LANGS] },
  },
  'If-None-Match': {
    name: 'If-None-Match',
    in: 'header',
    description: 'The `ETag` of a response you hold; a match answers 304. It wins over `If-Modified-Since`.',
    schema: { type: 'string' },
  },
  'If-Modified-Since': {
    name: 'If-Modified-Since',
    in: 'header',
    description: 'The `Last-Modified` of a response you hold; answers 304 when nothing changed since.',
    schema: { type: 'string' },
  },
}

const noStore = { 'Cache-Control': headerRef('Cache-Control-NoStore') }

export const responses = {
  NotModified: {
    description: 'Nothing changed since the `ETag` or date you sent. No body.',
    headers: {
      ETag: headerRef('ETag'),
      'Last-Modified': headerRef('Last-Modified'),
      'Cache-Control': headerRef('Cache-Control'),
      Vary: headerRef('Vary'),
      'X-RateLimit-Limit': headerRef('X-RateLimit-Limit'),
    },
  },
  BadRequest: {
    description:
      'A parameter is wrong (`invalid_parameter`, with `field`: unknown, repeated or out of range) or `since` is not a cursor this API gave out (`invalid_cursor`).',
    headers: noStore,
    content: errorContent({
      invalidParameter: { code: 'invalid_parameter', message: '`limit` must be a whole number from 1 to 100.', field: 'limit' },
      invalidCursor: { code: 'invalid_cursor', message: 'The cursor in `since` is not one this API gave out: use a `next` value unchanged.', field: 'since' },
    }),
  },
  Unauthorized: {
    description: 'No API key, a malformed header, or a key that is wrong, rotated or revoked: the answer is the same whichever.',
    headers: { 'WWW-Authenticate': headerRef('WWW-Authenticate'), ...noStore },
    content: errorContent({
      unauthorized: { code: 'unauthorized', message: 'A valid API key is required: send the header `Authorization: agencies API-Key <key>`.' },
    }),
  },
  Forbidden: {
    description: 'The agency is not active (`agency_inactive`), or asked for a content type it is not granted (`type_not_allowed`, field `type`).',
    headers: noStore,
    content: errorContent({
      agencyInactive: { code: 'agency_inactive', message: 'This agency is not active: ask the press office to reactivate it.' },
      typeNotAllowed: { code: 'type_not_allowed', message: 'This agency does not receive briefing-pack.', field: 'type' },
    }),
  },
  NotFound: {
    description: 'There is no such item, or not one this agency may see yet (`not_found`).',
    headers: noStore,
    content: errorContent({ notFound: { code: 'not_found', message: 'No item article-42-vi.', field: 'id' } }),
  },
  RateLimited: {
    description: 'The agency’s requests per minute are used up (`rate_limited`); the limit is shared by every instance of the API.',
    headers: { 'Retry-After': headerRef('Retry-After'), 'X-RateLimit-Limit': headerRef('X-RateLimit-Limit'), ...noStore },
    content: errorContent({ rateLimited: { code: 'rate_limited', message: 'Rate limit of 600 requests per minute reached; retry after 12 s.' } }),
  },
  ServerError: {
    description: 'A fault on our side (`server_error`), logged; try again later.',
    content: errorContent({ serverError: { code: 'server_error', message: 'Something went wrong on our side; please try again.' } }),
  },
}

export const securitySchemes = {
  agencyApiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'The API key the press office issued to your agency, in the header exactly as `Authorization: agencies API-Key <key>` ' +
      '(the words `agencies API-Key`, one space, then the key). Keep it secret; ask the press office to rotate it if it leaks.',
  },
}
