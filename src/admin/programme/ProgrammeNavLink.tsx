import type { ServerProps } from 'payload'
import React from 'react'

import { isStaffMember } from '@/access/roles'
import { messagesIn } from '@/i18n/defineMessages'
import { adminLang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'

/** Sidebar link to the programme dashboard, for every member of staff. */
export function ProgrammeNavLink({ user, i18n }: ServerProps) {
  if (!isStaffMember(user as never)) return null
  return (
    <a className="nav__link" href="/admin/programme" id="nav-programme" style={{ display: 'block', padding: '0.25rem 0' }}>
      {messagesIn(programmeMessages, adminLang(i18n.language)).navLink}
    </a>
  )
}
