import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import type { MediaFileCheck } from '@/access/mediaAccess'
import { mediaStoreOf } from '@/platform/storage/mediaStore'

type Handler = NonNullable<NonNullable<Exclude<import('payload').CollectionConfig['upload'], boolean | undefined>>['handlers']>[number]

/**
 * Public files may be cached by browsers and proxies for a few minutes, so that a
 * withdrawal or a lapsed consent takes a file down soon after; every other file is for
 * the one reader who fetched it and is never stored.
 */
export const PUBLIC_FILE_CACHE_CONTROL = 'public, max-age=300'
export const PRIVATE_FILE_CACHE_CONTROL = 'private, no-store'

const EXTENSION_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

/**
 * Worded as the media rule's own refusal (`NotFound(req.t)`, src/access/mediaAccess.ts), in the
 * reader's language: a file kept from this reader and a file that is not there answer alike.
 */
const notFound = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404, headers: { 'Cache-Control': PRIVATE_FILE_CACHE_CONTROL } })

/** `bytes=a-b`, `bytes=a-` or `bytes=-n`; anything else is served whole. */
function rangeOf(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return null
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1])
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}

/**
 * Serves a media file, from local disk or from the bucket (whichever the configuration
 * chose), once the media rule has let the reader through, with a Cache-Control that says
 * whether the file is public. Payload's own file response, and the storage adapter's, cannot
 * vary their headers by reader; this handler answers every request, found or not, so a file
 * gets the same headers and the same 404 wherever it is kept.
 */
export const serveMediaFile: Handler = async (req: PayloadRequest, { params }) => {
  const check = req.context.mediaFile as MediaFileCheck | undefined
  const store = mediaStoreOf(req.payload)
  const size = await store.sizeOf(params.filename)
  if (size === null) return notFound(req)

  const headers = new Headers({
    'Content-Type': EXTENSION_TYPES[path.extname(params.filename).toLowerCase()] ?? 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    'Cache-Control': check?.public ? PUBLIC_FILE_CACHE_CONTROL : PRIVATE_FILE_CACHE_CONTROL,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  })
  if (!check?.public) headers.set('Vary', 'Cookie, Authorization')
  const range = rangeOf(req.headers.get('range'), size)
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${size}`)
    return new Response(null, { status: 416, headers })
  }
  const { start, end } = range ?? { start: 0, end: size - 1 }
  headers.set('Content-Length', String(end - start + 1))
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`)
  if (size === 0) return new Response(null, { status: 200, headers })
  const stream = await store.open(params.filename, { start, end })
  // Gone between the two looks: as if it had never been there.
  if (!stream) return notFound(req)
  return new Response(Readable.toWeb(stream) as ReadableStream, { status: range ? 206 : 200, headers })
}
