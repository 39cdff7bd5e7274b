import type { CollectionBeforeValidateHook } from 'payload'

import { normaliseEmail } from '@/platform/email/normaliseEmail'

/** One journalist per address whatever its case: sign-in looks the address up as typed, lower-cased. */
export const normaliseJournalistEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = normaliseEmail(data.email)
  return data
}
