import type { ServerProps } from 'payload'
import { adminWords } from '@/admin/adminWords'
import React from 'react'

import { hasRole } from '@/access/roles'

/** The review queue and the desk in the navigation, for the people who review. */
export function ReviewQueueNavLink({ user, i18n }: ServerProps) {
  const words = adminWords('desk', i18n)
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
