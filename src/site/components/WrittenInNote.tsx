import React from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { contentLanguageMessages } from '@/i18n/messages/contentLanguage'
import { type Lang } from '@/i18n/lang'

/** Says, in the reader's language, that the text below is in Vietnamese only. Nothing when it is in theirs. */
export function WrittenInNote({ lang, contentLang }: { lang: Lang; contentLang?: Lang }) {
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
