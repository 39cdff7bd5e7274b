import React from 'react'

import { PostButton } from '@/platform/pages/NoticeParts'
import type { PageCopy } from './pageCopy'
import { pagePath } from './renderPage'

/** The unsubscribe link's page: the address it is about and one button that posts back. */
export function UnsubscribeConfirm({ copy, email, token }: { copy: PageCopy['unsubscribe']; email: string; token: string }) {
  return (
    <>
      <p>
        {copy.body} <strong>{email}</strong>
      </p>
      <PostButton action={pagePath('unsubscribe', token)} label={copy.button} danger />
      <p>
        <a href={pagePath('manage', token)}>{copy.manage}</a>
      </p>
    </>
  )
}
