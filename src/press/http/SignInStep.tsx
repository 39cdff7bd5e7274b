import React from 'react'

import { PostButton } from '@/platform/pages/NoticeParts'
import type { PressPageCopy } from './pressPageCopy'

/**
 * The sign-in link's page: whose link it is and one button that posts the token, so that a
 * mail scanner fetching the link spends nothing.
 */
export function SignInStep({ copy, email, action, token }: { copy: PressPageCopy['verify']; email: string; action: string; token: string }) {
  return (
    <>
      <p>{copy.body(email)}</p>
      <PostButton action={action} label={copy.button} hidden={{ token }} />
      <p className="muted">{copy.note}</p>
    </>
  )
}
