import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { mailMode } from '@/mail/createEmailAdapter'
import { listOutbox, readOutboxMessage } from '@/mail/outbox'
import { AdminPage } from './AdminPage'
import { OutboxList } from './OutboxList'
import { OutboxMessageView } from './OutboxMessageView'
import { adminWords } from './adminWords'
import { adminLang } from '@/i18n/lang'

/**
 * `/admin/outbox`: the development outbox, where every mail lands as an `.eml` file when
 * no SMTP relay is configured. Admins only, since it holds password-reset links.
 */
export async function OutboxView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const lang = adminLang(req.i18n.language)
  const words = adminWords('outbox', req.i18n)
  const requested = typeof searchParams?.message === 'string' ? searchParams.message : undefined

  let body: React.ReactNode
  if (!hasRole(req.user, 'admin')) {
    body = <p>{words.adminsOnly}</p>
  } else if (requested) {
    const message = await readOutboxMessage(requested)
    body = message ? <OutboxMessageView message={message} words={words} /> : <p>{words.notFound}</p>
  } else {
    body = <OutboxList entries={await listOutbox()} lang={lang} smtp={mailMode() === 'smtp'} words={words} />
  }

  return (
    <AdminPage view={props} title={words.title}>
      {body}
    </AdminPage>
  )
}
