import { BUNDLE_COPY } from './bundleCopy'
import type { BundledFile } from './planBundle'
import { type Lang } from '@/i18n/lang'

// A caption or terms of several lines stays indented under its file.
const field = (label: string, value: string) => `  ${label}: ${value.trim().replace(/\r?\n/g, '\n    ')}`

/**
 * `images/credits.txt`: each image file with its credit, caption and usage terms, so the
 * terms travel with the pictures when they are copied out of the bundle.
 */
export function renderCredits({ title, images, lang }: { title: string; images: BundledFile[]; lang: Lang }): string {
  const copy = BUNDLE_COPY[lang]
  const blocks = images.map(({ media, entryName, available }) => {
    const lines = [entryName.slice(entryName.indexOf('/') + 1) + (available ? '' : ` (${copy.notIncluded})`)]
    if (media.filename) lines.push(field(copy.originalName, media.filename))
    lines.push(field(copy.credit, media.credit ?? ''))
    const caption = media.caption || media.alt
    if (caption) lines.push(field(copy.caption, caption))
    if (media.usageTerms) lines.push(field(copy.usageTerms, media.usageTerms))
    return lines.join('\n')
  })
  return `${copy.creditsTitle}: ${title}\n\n${blocks.join('\n\n')}\n`
}
