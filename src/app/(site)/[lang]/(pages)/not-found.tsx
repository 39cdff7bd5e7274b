import { headers } from 'next/headers'
import React from 'react'

import { isLang } from '@/i18n/lang'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { SITE_LANG_HEADER } from '@/site/routing/siteRouteOf'
import { SiteShell } from '@/site/SiteShell'
import { sitePath } from '@/i18n/siteCopy'

/** The 404 page, in the reader's language, with the site's navigation and a way home. */
export default async function NotFound() {
  const asked = (await headers()).get(SITE_LANG_HEADER)
  const lang = isLang(asked) ? asked : 'vi'
  const words = sitePageMessages[lang]
  return (
    <SiteShell lang={lang}>
      <title>{words.missingTitle}</title>
      <meta name="robots" content="noindex" />
      <h1>{words.missingTitle}</h1>
      <p>{words.missingBody}</p>
      <ul>
        <li>
          <a href={sitePath(lang, '/')}>{words.goHome}</a>
        </li>
        <li>
          <a href={sitePath(lang, '/search')}>{words.trySearch}</a>
        </li>
      </ul>
    </SiteShell>
  )
}
