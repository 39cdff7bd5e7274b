import { createHash } from 'node:crypto'

import type { SiteIdentity } from '@/content/settings/loadSiteIdentity'
import type { Lang } from '@/i18n/lang'
import { OG_HEIGHT, OG_WIDTH, type OgImage } from './ogImage'

/** Raised when the drawing itself changes, so that every card cached under the old look is fetched again. */
const DRAWING_REVISION = 1

/**
 * A short fingerprint of what the default image shows in one language. It goes into the
 * image's address and ETag: a change in Site identity gives a new address, so a page (and
 * a social network's copy of it) never pairs the new name with the old picture.
 */
export function defaultImageVersion(identity: SiteIdentity, lang: Lang): string {
  const shown = [DRAWING_REVISION, lang, identity.siteName, identity.programme, identity.organisation, identity.logo?.url ?? null]
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 16)
}

/** The path of the default image of one language, without the version. */
export const defaultImagePath = (lang: Lang): string => `/og/${lang}.png`

/** The image a page without one of its own shows on social networks: the ministry's card in the page's language. */
export function defaultOgImage(identity: SiteIdentity, lang: Lang): OgImage {
  return {
    url: `${defaultImagePath(lang)}?v=${defaultImageVersion(identity, lang)}`,
    width: OG_WIDTH,
    height: OG_HEIGHT,
    alt: [identity.siteName, identity.programme].join(' – '),
  }
}
