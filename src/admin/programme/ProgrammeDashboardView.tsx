import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { messagesIn } from '@/i18n/defineMessages'
import { adminLang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import { AdminPage } from '../AdminPage'
import { ProgrammeDashboard } from './ProgrammeDashboard'

/** `/admin/programme`: the implementation dashboard, in the admin's own frame (navigation, header). */
export async function ProgrammeDashboardView(props: AdminViewServerProps) {
  const dashboard = await ProgrammeDashboard(props)
  if (!dashboard) return null
  const words = messagesIn(programmeMessages, adminLang(props.initPageResult.req.i18n.language))
  return (
    <AdminPage view={props} title={words.dashboardTitle}>
      {dashboard}
    </AdminPage>
  )
}
