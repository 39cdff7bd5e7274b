import type { Payload } from 'payload'
import React from 'react'

import { loadSiteIdentity } from '@/content/settings/loadSiteIdentity'
import { isLang } from '@/i18n/lang'

type Props = { payload?: Payload; i18n?: { language?: string } }

/** The sign-in screen's mark: the ministry's logo and the site's name, as set in Site identity. */
export async function Logo({ payload, i18n }: Props) {
  if (!payload) return null
  const identity = await loadSiteIdentity(payload, isLang(i18n?.language) ? i18n.language : 'vi')
  return (
    <span className="newsroom-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem', fontSize: '1.4rem', fontWeight: 600 }}>
      {identity.logo && <img src={identity.logo.url} alt="" style={{ maxHeight: 64, width: 'auto' }} />}
      <span>{identity.siteName}</span>
    </span>
  )
}
