import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import React from 'react'

import { NOTICE_HEADER, readSitePageNotice } from '@/platform/pages/sitePageNotice'
import { pageLang, type LangParams } from '@/site/routing/siteLang'
import { SiteShell } from '@/site/SiteShell'

export const dynamic = 'force-dynamic'

type Props = { params: LangParams }

const noticeOf = async (params: LangParams) => {
  const lang = await pageLang(params)
  const notice = readSitePageNotice((await headers()).get(NOTICE_HEADER))
  return notice && notice.lang === lang ? notice : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const notice = await noticeOf(params)
  return { title: notice?.title, robots: { index: false, follow: false } }
}

/**
 * The page a route handler's answer is drawn in (src/platform/pages/sitePageNotice.ts): a
 * subscription link, a sign-in step, a withdrawn item. It has nothing to show when asked
 * directly, so it is a 404 then.
 */
export default async function NoticePage({ params }: Props) {
  const notice = await noticeOf(params)
  if (!notice) notFound()
  return (
    <SiteShell lang={notice.lang}>
      <article className="site-notice">
        <h1>{notice.title}</h1>
        <div className="site-notice__body">{notice.body}</div>
      </article>
    </SiteShell>
  )
}
