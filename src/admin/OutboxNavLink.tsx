import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'

/** Sidebar link to the outbox view, shown to admins. */
export function OutboxNavLink({ user, i18n }: ServerProps) {
  if (!hasRole(user as never, 'admin')) return null
  return (
    <a className="nav__link" href="/admin/outbox" id="nav-outbox" style={{ display: 'block', padding: '0.25rem 0' }}>
      {i18n.language === 'vi' ? 'Hộp thư đi' : 'Outbox'}
    </a>
  )
}
