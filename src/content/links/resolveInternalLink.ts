import { publicPathOf } from './publicPathOf'
import { readLinkTarget, targetKey } from './readLinkTarget'

/** The slug of each link target that is public right now, by `targetKey`; nothing else. */
export type PublicTargets = ReadonlyMap<string, string>

export type LinkReader = {
  lang: 'vi' | 'en'
  /** Prefixed to the path: '' on the site's own pages, the site's origin on every channel that leaves it. */
  base: string
}

/**
 * The one answer to "where does this internal link go" for every channel: the target's
 * public page in the reader's language, or null when the target is not public right now
 * (draft, embargoed, withdrawn, deleted, or not a page at all). A null link is rendered as
 * its text alone, so a hidden item's slug never leaves the system.
 */
export function resolveInternalLink(fields: unknown, targets: PublicTargets, reader: LinkReader): string | null {
  const target = readLinkTarget(fields)
  if (!target) return null
  const slug = targets.get(targetKey(target))
  return slug ? `${reader.base}${publicPathOf(target.collection, slug, reader.lang)}` : null
}
