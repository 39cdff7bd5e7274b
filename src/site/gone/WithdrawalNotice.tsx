import React from 'react'

import { formatDateTime } from '@/i18n/formatDateTime'
import type { Lang } from '@/i18n/lang'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { withdrawalMessages } from '@/i18n/messages/withdrawal'
import { sitePath } from '@/i18n/siteCopy'
import type { Withdrawal } from './findRetiredItem'

/**
 * What a reader is told of a withdrawn item: its title (it was public), when it was taken
 * down (dd/MM/yyyy HH:mm, Viet Nam time) and the reason the reviewer gave, which is public
 * by design. Nothing else of the item.
 */
export function WithdrawalNotice({ lang, withdrawal }: { lang: Lang; withdrawal?: Withdrawal }) {
  const words = withdrawalMessages[lang]
  return (
    <>
      <p>{words.body}</p>
      {withdrawal && (withdrawal.title || withdrawal.withdrawnAt || withdrawal.reason) ? (
        <dl>
          {withdrawal.title ? (
            <>
              <dt>{words.item}</dt>
              <dd>{withdrawal.title}</dd>
            </>
          ) : null}
          {withdrawal.withdrawnAt ? (
            <>
              <dt>{words.at}</dt>
              <dd>
                <time dateTime={withdrawal.withdrawnAt}>{formatDateTime(withdrawal.withdrawnAt, lang)}</time>
              </dd>
            </>
          ) : null}
          {withdrawal.reason ? (
            <>
              <dt>{words.reason}</dt>
              <dd className="site-notice__reason">{withdrawal.reason}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <p>
        <a href={sitePath(lang, '/')}>{sitePageMessages[lang].goHome}</a>
      </p>
    </>
  )
}
