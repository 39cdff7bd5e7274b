import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { previewMessages } from '@/i18n/messages/preview'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { previewTitleOf } from '@/preview/loadPreviewItem'
import { PreviewPage } from '@/site/preview/PreviewPage'
import { sessionPreviewData } from '@/site/preview/previewData'
import { pageLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; collection: string; id: string }> }

const NOINDEX: Metadata['robots'] = { index: false, follow: false }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params)
  const { collection, id } = await params
  const item = await sessionPreviewData(collection, id, lang)
  if (!item) return { title: sitePageMessages[lang].notFound, robots: NOINDEX }
  const words = messagesIn(previewMessages, lang)
  return { title: words.pageTitle(previewTitleOf(item) || words.untitled), robots: NOINDEX }
}

/** A staff member's preview of a working copy (Payload's live preview frame shows it); 404 for anyone not signed in as staff. */
export default async function Page({ params }: Props) {
  const lang = await pageLang(params)
  const { collection, id } = await params
  const item = await sessionPreviewData(collection, id, lang)
  if (!item) notFound()
  return <PreviewPage lang={lang} item={item} live />
}
