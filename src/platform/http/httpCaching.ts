import crypto from 'node:crypto'

/** A body rendered once, with the validators HTTP caches need. */
export type RenderedBody = { body: string; etag: string; lastModified: Date; contentType: string }

export function renderedBody(body: string, lastModified: Date, contentType: string): RenderedBody {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return { body, etag, lastModified, contentType }
}

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

/**
 * The response for a rendered body: 304 when the client's ETag matches (If-None-Match
 * wins over If-Modified-Since, as RFC 9110 says), otherwise 200 with ETag, Last-Modified
 * and the given Cache-Control.
 */
export function respondCached(request: Request, rendered: RenderedBody, cacheControl: string, extraHeaders: Record<string, string> = {}): Response {
  const headers: Record<string, string> = {
    ETag: rendered.etag,
    'Last-Modified': rendered.lastModified.toUTCString(),
    'Cache-Control': cacheControl,
    Vary: 'Authorization, Accept-Encoding',
    ...extraHeaders,
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    if (matches(ifNoneMatch, rendered.etag)) return new Response(null, { status: 304, headers })
  } else {
    const since = Date.parse(request.headers.get('if-modified-since') ?? '')
    if (!Number.isNaN(since) && Math.floor(rendered.lastModified.getTime() / 1000) * 1000 <= since) return new Response(null, { status: 304, headers })
  }
  return new Response(rendered.body, { status: 200, headers: { ...headers, 'Content-Type': rendered.contentType } })
}
