import type { Metadata } from 'next'
import React from 'react'

import { loadSiteIdentity } from '@/content/settings/loadSiteIdentity'
import { deliveryPayload } from '@/deliveryPayload'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { pageLang, type LangParams } from '@/site/routing/siteLang'
import { SiteDocument } from '@/site/SiteDocument'

type Props = { params: LangParams; children: React.ReactNode }

/** Every page's title ends with the site's name, as set in Site identity. */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await pageLang(params)
  const { siteName } = await loadSiteIdentity(await deliveryPayload(), lang)
  return { title: { default: siteName, template: `%s – ${siteName}` }, description: sitePageMessages[lang].description, icons: { icon: '/icon.svg' } }
}

/**
 * The one root of the public site. Vietnamese pages live at `/…` and English at `/en/…`;
 * the proxy maps both onto this `[lang]` segment, so `lang` is right from the first byte.
 */
export default async function SiteLayout({ params, children }: Props) {
  return <SiteDocument lang={await pageLang(params)}>{children}</SiteDocument>
}
