import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { mailMode } from '../email/createEmailAdapter'
import { listOutbox, readOutboxMessage } from '../email/outbox'
import { AdminPage } from './AdminPage'
import { OutboxList } from './OutboxList'
import { OutboxMessageView } from './OutboxMessageView'

/**
 * `/admin/outbox`: the development outbox, where every mail lands as an `.eml` file when
 * no SMTP relay is configured. Admins only, since it holds password-reset links.
 */
export async function OutboxView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const vi = req.i18n.language === 'vi'
  const requested = typeof searchParams?.message === 'string' ? searchParams.message : undefined

  let body: React.ReactNode
  if (!hasRole(req.user, 'admin')) {
    body = <p>{vi ? 'Chỉ quản trị viên được xem hộp thư đi.' : 'Only admins may read the outbox.'}</p>
  } else if (requested) {
    const message = await readOutboxMessage(requested)
    body = message ? <OutboxMessageView message={message} vi={vi} /> : <p>{vi ? 'Không tìm thấy thư.' : 'Message not found.'}</p>
  } else {
    body = <OutboxList entries={await listOutbox()} vi={vi} smtp={mailMode() === 'smtp'} />
  }

  return (
    <AdminPage view={props} title={vi ? 'Hộp thư đi' : 'Outbox'}>
      {body}
    </AdminPage>
  )
}
