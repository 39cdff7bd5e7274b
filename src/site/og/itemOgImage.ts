import { mediaOf } from '@/content/public/mediaOf'
import type { OgImage } from './ogImage'

// What the social networks' crawlers draw: no SVG, no documents.
const DRAWABLE = /^image\/(png|jpeg|gif|webp)$/

/**
 * An item's own card image: its first image, at the card size (800 wide) where Payload made
 * one, else the original, with its size and alt text. The media were loaded as the public
 * sees them, so a file the public may not fetch is not there to be named. Null sends the
 * page to the default image.
 */
export function itemOgImage(value: unknown): OgImage | null {
  const media = mediaOf(value)[0]
  if (!media?.url || !DRAWABLE.test(media.mimeType ?? '')) return null
  const card = media.sizes?.card
  const chosen = card?.url ? card : media
  return { url: chosen.url!, width: chosen.width ?? null, height: chosen.height ?? null, alt: media.alt }
}
