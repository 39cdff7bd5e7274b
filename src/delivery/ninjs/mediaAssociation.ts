import { hasValidConsent } from '@/access/mediaAccess'
import { absoluteUrl } from '../publicUrl'
import { mediaUriOf } from './itemIds'
import type { NinjsItem, NinjsRendition } from './types'

type SizeEntry = { url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null; filesize?: number | null }

/** A populated Media document, as Payload returns it at depth 1. */
export type MediaDoc = {
  id: number | string
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  alt?: string | null
  caption?: string | null
  credit?: string | null
  usageTerms?: string | null
  sizes?: Record<string, SizeEntry | undefined> | null
}

/**
 * A populated Media document that may be delivered: delivery reads every file, so a file
 * whose consent has lapsed since publication is dropped here rather than shown.
 */
export const isMediaDoc = (value: unknown): value is MediaDoc =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  ('url' in value || 'filename' in value) &&
  hasValidConsent(value as Parameters<typeof hasValidConsent>[0], new Date())

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T

function rendition(name: string, siteUrl: string, entry: SizeEntry): NinjsRendition | null {
  const href = absoluteUrl(siteUrl, entry.url)
  if (!href) return null
  return defined({
    name,
    href,
    contentType: entry.mimeType ?? undefined,
    width: entry.width ?? undefined,
    height: entry.height ?? undefined,
    sizeInBytes: entry.filesize ?? undefined,
  })
}

/** An image or document as a ninjs association: every rendition, with its credit and terms. */
export function mediaAssociation(name: string, media: MediaDoc, siteUrl: string): NinjsItem & { name: string } {
  const isImage = (media.mimeType ?? '').startsWith('image/')
  const renditions = [
    rendition('original', siteUrl, media),
    ...Object.entries(media.sizes ?? {}).map(([size, entry]) => (entry ? rendition(size, siteUrl, entry) : null)),
  ].filter((r): r is NinjsRendition => r !== null)
  return defined({
    name,
    uri: mediaUriOf(media.id),
    type: isImage ? ('picture' as const) : ('text' as const),
    headlines: media.alt ? [{ value: media.alt }] : undefined,
    descriptions: media.caption ? [{ role: 'caption', value: media.caption }] : undefined,
    by: media.credit ?? undefined,
    usageTerms: media.usageTerms ?? undefined,
    renditions,
  })
}
