import type { CollectionBeforeValidateHook } from 'payload'

import { normaliseEmail } from '@/platform/email/normaliseEmail'

/** One row per address whatever its case: the address is stored trimmed and in lower case. */
export const normaliseSubscriberEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = normaliseEmail(data.email)
  return data
}
