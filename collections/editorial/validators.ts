import { isPlausibleEmail } from '@/platform/email/normaliseEmail'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { validationMessages } from '@/i18n/messages/validation'

/** Field validators that return Payload's "true or a message" shape, in the person's language. */

type Options = { req?: { i18n?: { language?: string } }; siblingData?: Record<string, unknown> }

export const wordsFor = (options?: Options) => messagesIn(validationMessages, langOfPayloadRequest(options?.req))

export const validateHttpUrl = (value: unknown, options?: Options): true | string => {
  if (value === undefined || value === null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : wordsFor(options).httpUrl
  } catch {
    return wordsFor(options).fullUrl
  }
}

export const validateEndNotBeforeStart = (value: unknown, options: Options): true | string => {
  const start = options.siblingData?.startDate
  if (!value || !start) return true
  return new Date(String(value)).getTime() >= new Date(String(start)).getTime() ? true : wordsFor(options).endBeforeStart
}

export const validatePhone = (value: unknown, options?: Options): true | string => {
  if (value === undefined || value === null || value === '') return true
  return /^\+?[0-9 ().-]{3,20}$/.test(String(value)) ? true : wordsFor(options).phone
}

/** The platform's one e-mail rule, which is Payload's own: a text field takes what an `email` field would. */
export const validateEmail = (value: unknown, options?: Options): true | string => {
  if (value === undefined || value === null || value === '') return true
  return isPlausibleEmail(String(value)) ? true : wordsFor(options).email
}

/** A period's last year, not before its first (`periodStart` beside it). */
export const validateYearsInOrder = (value: unknown, options: Options): true | string => {
  const start = options.siblingData?.periodStart
  if (value === undefined || value === null || start === undefined || start === null) return true
  return Number(value) >= Number(start) ? true : wordsFor(options).yearsInOrder
}
