import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'
import { messagesIn } from '../../i18n/defineMessages'
import { adminLang } from '../../i18n/lang'
import { deskMessages } from '../../i18n/messages/desk'

/** The review queue and the desk in the navigation, for the people who review. */
export function ReviewQueueNavLink({ user, i18n }: ServerProps) {
  const words = messagesIn(deskMessages, adminLang(i18n.language))
  return (
    <>
      <a className="nav__link" href="/admin" id="nav-desk" style={{ display: 'block', padding: '0.25rem 0' }}>
        {words.title}
      </a>
      {hasRole(user as never, 'reviewer', 'admin') && (
        <a className="nav__link" href="/admin/review-queue" id="nav-review-queue" style={{ display: 'block', padding: '0.25rem 0' }}>
          {words.reviewQueue}
        </a>
      )}
    </>
  )
}
