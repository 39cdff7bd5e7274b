import type { Payload } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import type { Lang } from '@/i18n/lang'
import { identityMessages } from '@/i18n/messages/identity'

export type SiteIdentity = {
  siteName: string
  tagline: string
  organisation: string | null
  logo: { url: string; alt: string; width: number | null; height: number | null } | null
  /** "Chương trình … giai đoạn 2021–2025", or the name alone when no period is set. */
  programme: string
  helplines: Array<{ name: string; phone: string }>
}

export type StoredSettings = {
  siteName?: string | null
  tagline?: string | null
  organisation?: string | null
  programmeName?: string | null
  periodStart?: number | null
  periodEnd?: number | null
  logo?: { url?: string | null; alt?: string | null; width?: number | null; height?: number | null } | number | null
  helplines?: Array<{ name?: string | null; phone?: string | null }> | null
}

const text = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null)

/**
 * The ministry's identity in one language from what is stored: what an admin set in Site
 * identity, with the newsroom's own words where nothing is set.
 */
export function identityFrom(stored: StoredSettings, lang: Lang): SiteIdentity {
  const words = messagesIn(identityMessages, lang)
  const siteName = text(stored.siteName) ?? words.siteName
  const start = stored.periodStart ?? null
  const end = stored.periodEnd ?? start
  const programmeName = text(stored.programmeName) ?? words.programmeName
  const logo = stored.logo && typeof stored.logo === 'object' && stored.logo.url ? stored.logo : null
  const helplines = (stored.helplines ?? []).flatMap((line) =>
    text(line.name) && text(line.phone) ? [{ name: text(line.name)!, phone: text(line.phone)! }] : [],
  )
  return {
    siteName,
    tagline: text(stored.tagline) ?? words.tagline,
    organisation: text(stored.organisation),
    logo: logo ? { url: logo.url!, alt: text(logo.alt) ?? words.logoAlt(siteName), width: logo.width ?? null, height: logo.height ?? null } : null,
    programme: start && end ? `${programmeName} ${words.period(start, end)}` : programmeName,
    helplines: helplines.length > 0 ? helplines : [{ name: `${words.helplineName} (${words.helplineNote})`, phone: '111' }],
  }
}

/**
 * The ministry's identity in one language, as the public may see it. The logo appears only
 * when the reader may fetch its file.
 */
export async function loadSiteIdentity(payload: Payload, lang: Lang): Promise<SiteIdentity> {
  const stored = (await payload.findGlobal({ slug: 'site-settings', locale: lang, depth: 1, overrideAccess: false }).catch(() => ({}))) as StoredSettings
  return identityFrom(stored, lang)
}
