import type { Payload } from 'payload'

import type { BriefingPack } from '../../../payload-types'
import { withDeliveryErrors } from '@/delivery/api/errors'
import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { publicUrlOf } from '@/delivery/publicUrl'
import { siteUrl } from '@/config/siteUrl'
import { loadPack } from '@/content/public/loadPages'
import { mediaStoreOf } from '@/platform/storage/mediaStore'
import { readPressSession } from '../session/readPressSession'
import { auditBundleDownload } from './auditBundleDownload'
import { addUsageCounts } from '@/db/usageCounts'
import { poolOf } from '@/db/sql'
import { buildBundle, type BundleEntry } from './buildBundle'
import { packManifest } from './packManifest'
import { CREDITS_ENTRY, planBundle, type BundledFile } from './planBundle'
import { renderCredits } from './renderCredits'
import { renderFactSheet } from './renderFactSheet'
import { type Lang, isLang } from '@/i18n/lang'

/** A public pack may sit in a cache briefly; an embargoed one only ever goes to the journalist who asked. */
const PUBLIC_CACHE = 'public, max-age=300'
const EMBARGOED_CACHE = 'private, no-store'

function languageOf(request: Request): Lang {
  const lang = new URL(request.url).searchParams.get('lang')
  if (lang === null || lang === '') return 'vi'
  if (!isLang(lang))
    throw new AppError(
      'invalid_parameter',
      inBothLanguages(apiRefusalMessages, (m) => m.langValue),
      { field: 'lang' },
    )
  return lang
}

// The same answer for a draft, an embargoed pack shown to the wrong reader and an unknown slug.
const notFound = (slug: string) =>
  new AppError(
    'not_found',
    inBothLanguages(apiRefusalMessages, (m) => m.noBriefingPack(slug.slice(0, 100))),
    { field: 'slug' },
  )

const fileEntry = (file: BundledFile): BundleEntry => ({ name: file.entryName, file: file.storedName, label: file.media.filename ?? undefined })

function downloadHeaders(slug: string, embargoed: boolean): HeadersInit {
  return {
    'Content-Type': 'application/zip',
    'Content-Disposition': `attachment; filename="${slug}.zip"; filename*=UTF-8''${encodeURIComponent(slug)}.zip`,
    'Cache-Control': embargoed ? EMBARGOED_CACHE : PUBLIC_CACHE,
    'X-Content-Type-Options': 'nosniff',
  }
}

async function respond(payload: Payload, request: Request, slug: string): Promise<Response> {
  const lang = languageOf(request)
  const journalist = await readPressSession(payload, request.headers.get('cookie'))
  const reader = { lang, journalist }
  // loadPack applies the one access rule: anonymous readers get what is public now, an
  // accredited journalist embargoed packs too.
  const loaded = await loadPack(payload, slug, reader)
  if (loaded.status === 'gone')
    throw new AppError(
      'gone',
      inBothLanguages(apiRefusalMessages, (m) => m.briefingPackWithdrawn(slug.slice(0, 100))),
      { field: 'slug' },
    )
  if (loaded.status !== 'ok') throw notFound(slug)
  const pack = loaded.value
  const now = new Date()
  const embargoedUntil = pack.embargoUntil && new Date(pack.embargoUntil).getTime() > now.getTime() ? pack.embargoUntil : null
  if (embargoedUntil && !journalist) throw notFound(slug)

  const loadIn = async (other: Lang): Promise<BriefingPack | null> => {
    const again = await loadPack(payload, slug, { ...reader, lang: other })
    return again.status === 'ok' ? again.value : null
  }
  // Local disk or the bucket, as the configuration chose; the bundle never asks which.
  const store = mediaStoreOf(payload)
  const [files, manifest] = await Promise.all([planBundle(pack, store), packManifest(payload, { pack, lang, embargoedUntil, loadIn })])
  // Recorded before a byte is sent: an embargoed pack never leaves unaudited.
  if (embargoedUntil && journalist) await auditBundleDownload(payload, { journalist, pack, lang })
  await addUsageCounts(poolOf(payload), 'bundle_download', [{ subjectId: pack.id, at: now, count: 1 }])

  const factSheet = await renderFactSheet({
    pack,
    lang,
    files,
    embargoedUntil,
    generatedAt: now,
    pageUrl: publicUrlOf(siteUrl(), 'briefing-pack', pack.slug ?? slug, lang),
  })
  const entries: BundleEntry[] = [
    { name: 'fact-sheet.html', text: factSheet },
    { name: 'manifest.json', text: `${JSON.stringify(manifest, null, 2)}\n` },
    ...files.documents.map(fileEntry),
    ...files.images.map(fileEntry),
    ...(files.images.length > 0 ? [{ name: CREDITS_ENTRY, text: renderCredits({ title: pack.title, images: files.images, lang }) }] : []),
  ]
  const body = buildBundle({ entries, request, log: payload.logger, open: (file) => store.open(file) })
  return new Response(body, { status: 200, headers: downloadHeaders(pack.slug ?? slug, Boolean(embargoedUntil)) })
}

/**
 * `GET /press/briefing-packs/{slug}/bundle.zip?lang=vi|en`: the whole pack as one ZIP,
 * streamed: `fact-sheet.html`, `manifest.json` (ninjs), `documents/`, `images/` with
 * `credits.txt`, and `missing.txt` when a file could not be read. 404 JSON for a pack the
 * reader may not see, 410 for a withdrawn one, 400 for a `lang` other than vi or en.
 */
export async function handleBundle(payload: Payload, request: Request, slug: string): Promise<Response> {
  return withDeliveryErrors(
    () => respond(payload, request, slug),
    (error) => payload.logger.error({ err: error, msg: 'GET /press/briefing-packs/{slug}/bundle.zip failed' }),
    request,
  )
}
