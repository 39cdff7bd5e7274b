import fs from 'node:fs'
import fsPromises from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import type { MediaFileCheck } from '../../src/access/mediaAccess'

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

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: { 'Cache-Control': PRIVATE_FILE_CACHE_CONTROL } })

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
 * Serves a media file from local disk once the media rule has let the reader through,
 * with a Cache-Control that says whether the file is public. Payload's own file
 * response cannot vary its headers by reader.
 */
export const serveMediaFile =
  (staticDir: string): Handler =>
  async (req: PayloadRequest, { params }) => {
    const check = req.context.mediaFile as MediaFileCheck | undefined
    const directory = path.resolve(staticDir)
    const filePath = path.resolve(directory, params.filename)
    if (!filePath.startsWith(directory + path.sep)) return notFound()
    const stats = await fsPromises.stat(filePath).catch(() => null)
    if (!stats?.isFile()) return notFound()

    const headers = new Headers({
      'Content-Type': EXTENSION_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': check?.public ? PUBLIC_FILE_CACHE_CONTROL : PRIVATE_FILE_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    })
    if (!check?.public) headers.set('Vary', 'Cookie, Authorization')
    const range = rangeOf(req.headers.get('range'), stats.size)
    if (range === 'unsatisfiable') {
      headers.set('Content-Range', `bytes */${stats.size}`)
      return new Response(null, { status: 416, headers })
    }
    const { start, end } = range ?? { start: 0, end: stats.size - 1 }
    headers.set('Content-Length', String(end - start + 1))
    if (range) headers.set('Content-Range', `bytes ${start}-${end}/${stats.size}`)
    const stream = Readable.toWeb(fs.createReadStream(filePath, { start, end })) as ReadableStream
    return new Response(stream, { status: range ? 206 : 200, headers })
  }
