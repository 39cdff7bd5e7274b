import type { Payload } from 'payload'
import React from 'react'

import { loadSiteIdentity } from '@/content/settings/loadSiteIdentity'
import { isLang } from '@/i18n/lang'

type Props = { payload?: Payload; i18n?: { language?: string } }

/** The header's small mark: the ministry's logo, or a shield named after the site without one. */
export async function Icon({ payload, i18n }: Props) {
  if (!payload) return null
  const identity = await loadSiteIdentity(payload, isLang(i18n?.language) ? i18n.language : 'vi')
  if (identity.logo) return <img className="newsroom-icon" src={identity.logo.url} alt={identity.siteName} style={{ maxHeight: 18, maxWidth: 18 }} />
  // Without a logo, a small shield: the header gives the icon a square of about 18 px.
  return (
    <svg className="newsroom-icon" viewBox="0 0 24 24" width="18" height="18" role="img" aria-label={identity.siteName}>
      <title>{identity.siteName}</title>
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" fill="currentColor" opacity="0.85" />
      <path d="m8.5 12 2.5 2.5 4.5-5" fill="none" stroke="var(--theme-bg, #fff)" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
