import path from 'node:path'
import { buffer } from 'node:stream/consumers'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { loadSiteIdentity, type SiteIdentity } from '@/content/settings/loadSiteIdentity'
import type { Lang } from '@/i18n/lang'
import { mediaStoreOf } from '@/platform/storage/mediaStore'
import { defaultImageVersion } from './defaultOgImage'
import { drawDefaultImage, type DrawnLogo } from './drawDefaultImage'

const LOGO_BOX = 120

/**
 * The logo's file, read from the media store (local disk or the bucket) and shrunk to fit the
 * card. The identity names a logo only when the public may fetch its file, and only the base
 * name of its address is trusted. No logo (or a file gone from the store, or a store that
 * does not answer) draws the card without one.
 */
async function logoOf(payload: Payload, identity: SiteIdentity): Promise<DrawnLogo | null> {
  if (!identity.logo) return null
  const name = path.basename(decodeURIComponent(new URL(identity.logo.url, 'http://x').pathname))
  const stream = await mediaStoreOf(payload)
    .open(name)
    .catch(() => null)
  const original = stream ? await buffer(stream).catch(() => null) : null
  if (!original) return null
  const { data, info } = await sharp(original)
    .resize({ width: LOGO_BOX * 2, height: LOGO_BOX, fit: 'inside' })
    .png()
    .toBuffer({ resolveWithObject: true })
    .catch(() => ({ data: null, info: null }))
  if (!data || !info) return null
  return { dataUrl: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height }
}

// Drawing costs a few hundred milliseconds of CPU; each process keeps the last few cards.
// Losing them only means drawing again.
const drawn = new Map<string, Promise<Buffer>>()
const KEEP = 8

function cardFor(payload: Payload, identity: SiteIdentity, version: string): Promise<Buffer> {
  const known = drawn.get(version)
  if (known) return known
  const card = logoOf(payload, identity).then((logo) => drawDefaultImage(identity, logo))
  card.catch(() => drawn.delete(version))
  drawn.set(version, card)
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value!)
  return card
}

/**
 * GET /og/{lang}.png: the default OpenGraph image of one language, drawn from Site identity.
 * Pages link it with `?v=` set to the identity's fingerprint: that address is the same
 * picture forever and may be kept a year. Any other address (no `v`, an old one) answers
 * with today's picture for a few minutes. The ETag is the fingerprint either way.
 */
export async function handleDefaultImage(payload: Payload, request: Request, lang: Lang): Promise<Response> {
  const identity = await loadSiteIdentity(payload, lang)
  const version = defaultImageVersion(identity, lang)
  const etag = `"${version}"`
  const current = new URL(request.url).searchParams.get('v') === version
  const headers = {
    'Content-Type': 'image/png',
    ETag: etag,
    'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  }
  const asked = request.headers.get('if-none-match')
  if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers })
  const png = await cardFor(payload, identity, version)
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Length': String(png.length) } })
}
