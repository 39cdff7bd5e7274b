import React from 'react'

import { messagesIn } from '../../i18n/defineMessages'
import { contentLanguageMessages } from '../../i18n/messages/contentLanguage'
import type { SiteLanguage } from '@/i18n/siteCopy'

/** Says, in the reader's language, that the text below is in Vietnamese only. Nothing when it is in theirs. */
export function WrittenInNote({ lang, contentLang }: { lang: SiteLanguage; contentLang?: SiteLanguage }) {
  if (!contentLang || contentLang === lang) return null
  const words = messagesIn(contentLanguageMessages, lang)
  return (
    <p className="notice language-note" data-testid="written-in">
      <span className="badge" lang="vi">
        {words.label}
      </span>{' '}
      {words.note}
    </p>
  )
}
