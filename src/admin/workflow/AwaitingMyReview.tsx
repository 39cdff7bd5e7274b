import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'

/** Above content lists: a link to the items in review that this reviewer did not write. */
export function AwaitingMyReview({ user, i18n, collectionSlug }: ServerProps & { collectionSlug?: string }) {
  if (!hasRole(user as never, 'reviewer', 'admin') || !user) return null
  const query = `?where[and][0][stage][equals]=in_review&where[and][1][authors][not_in]=${encodeURIComponent(String(user.id))}`
  return (
    <div className="gutter--left gutter--right" style={{ margin: '0.5rem 0' }}>
      <a href={`/admin/collections/${collectionSlug}${query}`} data-testid="awaiting-my-review">
        {i18n.language === 'vi' ? 'Chờ tôi duyệt' : 'Awaiting my review'}
      </a>
    </div>
  )
}
