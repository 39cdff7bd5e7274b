import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { previewMessages } from '@/i18n/messages/preview'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { previewTitleOf } from '@/preview/loadPreviewItem'
import { PreviewPage } from '@/site/preview/PreviewPage'
import { sharedPreviewData } from '@/site/preview/previewData'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; token: string }> }

const NOINDEX: Metadata['robots'] = { index: false, follow: false }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const shared = await sharedPreviewData((await params).token, lang)
  if (shared.state !== 'usable') return { title: sitePageMessages[lang].notFound, robots: NOINDEX }
  const words = messagesIn(previewMessages, lang)
  return { title: words.pageTitle(previewTitleOf(shared.item) || words.untitled), robots: NOINDEX }
}

/**
 * A shared preview link, opened by someone outside the newsroom. The proxy has already
 * answered 404 for an unknown token and 410 for an expired or revoked one; a link that
 * ended between the two checks is not shown either.
 */
export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const shared = await sharedPreviewData((await params).token, lang)
  if (shared.state !== 'usable') notFound()
  return <PreviewPage lang={lang} item={shared.item} expiresAt={shared.link.expiresAt} />
}
