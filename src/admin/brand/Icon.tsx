import type { Payload } from 'payload'
import React from 'react'

import { loadSiteIdentity } from '../../content/settings/loadSiteIdentity'
import { isLang } from '../../i18n/lang'

type Props = { payload?: Payload; i18n?: { language?: string } }

/** The navigation's small mark: the ministry's logo, or the site name's initials without one. */
export async function Icon({ payload, i18n }: Props) {
  if (!payload) return null
  const identity = await loadSiteIdentity(payload, isLang(i18n?.language) ? i18n.language : 'vi')
  if (identity.logo) return <img className="newsroom-icon" src={identity.logo.url} alt={identity.siteName} style={{ maxHeight: 32, width: 'auto' }} />
  const initials = identity.siteName
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  return (
    <span className="newsroom-icon" title={identity.siteName} aria-label={identity.siteName} style={{ fontWeight: 700, fontSize: '1rem' }}>
      {initials}
    </span>
  )
}
