import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '@/access/roles'

/** Above content lists: a link to the review queue (items in review this reviewer did not write). */
export function AwaitingMyReview({ user, i18n }: ServerProps) {
  if (!hasRole(user as never, 'reviewer', 'admin') || !user) return null
  return (
    <div className="gutter--left gutter--right" style={{ margin: '0.5rem 0' }}>
      <a href="/admin/review-queue" data-testid="awaiting-my-review">
        {i18n.language === 'vi' ? 'Chờ tôi duyệt' : 'Awaiting my review'}
      </a>
    </div>
  )
}
