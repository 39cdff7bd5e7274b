import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

type Props = { view: AdminViewServerProps; title: string; children: React.ReactNode }

/** A custom admin view inside Payload's own frame (navigation, header), with a heading. */
export function AdminPage({ view, title, children }: Props) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBottom: '3rem' }}>
        <h1>{title}</h1>
        {children}
      </div>
    </DefaultTemplate>
  )
}
