import type { Metadata } from 'next'
import React from 'react'

import { siteUrl } from '@/config/siteUrl'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { defaultOgImage } from '@/site/og/defaultOgImage'
import { pageLang, type LangParams } from '@/site/routing/siteLang'
import { SiteDocument } from '@/site/SiteDocument'
import { siteIdentity } from '@/site/siteIdentity'
import { ogImageTag } from '@/site/siteMetadata'

type Props = { params: LangParams; children: React.ReactNode }

/**
 * Every page's title ends with the site's name, as set in Site identity. Pages that write no
 * metadata of their own (notices, the 404 page) still show the ministry's card when shared.
 */
export async function generateMetadata({ params }: { params: LangParams }): Promise<Metadata> {
  const lang = await pageLang(params)
  const identity = await siteIdentity(lang)
  const { siteName } = identity
  const picture = ogImageTag(defaultOgImage(identity, lang), siteUrl())
  return {
    title: { default: siteName, template: `%s – ${siteName}` },
    description: sitePageMessages[lang].description,
    icons: { icon: '/icon.svg' },
    openGraph: { siteName, title: siteName, type: 'website', images: [picture] },
    twitter: { card: 'summary_large_image', title: siteName, images: [picture] },
  }
}

/**
 * The one root of the public site. Vietnamese pages live at `/…` and English at `/en/…`;
 * the proxy maps both onto this `[lang]` segment, so `lang` is right from the first byte.
 */
export default async function SiteLayout({ params, children }: Props) {
  return <SiteDocument lang={await pageLang(params)}>{children}</SiteDocument>
}
