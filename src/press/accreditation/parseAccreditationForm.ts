import { isPlausibleEmail, normaliseEmail } from '@/platform/email/normaliseEmail'

export type AccreditationRequest = {
  name: string
  outlet: string
  email: string
  pressCardNumber: string
  phone?: string
  language: 'vi' | 'en'
}

export type AccreditationField = keyof AccreditationRequest
export type FieldProblem = 'missing' | 'too_long' | 'invalid'
export type AccreditationInvalid = { field: AccreditationField; problem: FieldProblem; message: string }

export const ACCREDITATION_FIELDS: readonly AccreditationField[] = ['name', 'outlet', 'email', 'pressCardNumber', 'phone', 'language']
export const FIELD_PROBLEMS: readonly FieldProblem[] = ['missing', 'too_long', 'invalid']

/** Also the form's maxlength attributes, so the browser stops where the server would. */
export const ACCREDITATION_MAX_LENGTH: Record<Exclude<AccreditationField, 'language'>, number> = {
  name: 200,
  outlet: 200,
  email: 254,
  pressCardNumber: 60,
  phone: 40,
}
// Card numbers are printed as letters, digits and separators (e.g. "VN-12345/BTTTT").
const PRESS_CARD = /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u
const PHONE = /^\+?[0-9 ().-]{6,}$/

/** Control characters (CR and LF included) become spaces, so no value can reach a mail header as a line of its own. */
const cleanText = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex -- matches control characters on purpose
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const MESSAGES: Record<FieldProblem, (field: AccreditationField) => string> = {
  missing: (field) => `\`${field}\` is required.`,
  too_long: (field) => `\`${field}\` is at most ${field === 'language' ? 2 : ACCREDITATION_MAX_LENGTH[field]} characters.`,
  invalid: (field) =>
    ({
      email: '`email` must be a work email address such as ten@bao.vn.',
      pressCardNumber: '`pressCardNumber` holds letters, digits, spaces, dots, slashes and hyphens.',
      phone: '`phone` holds digits, spaces, brackets, dots and hyphens, with an optional leading +.',
      language: '`language` must be vi or en.',
      name: '`name` is not valid.',
      outlet: '`outlet` is not valid.',
    })[field],
}

const invalid = (field: AccreditationField, problem: FieldProblem): { ok: false } & AccreditationInvalid => ({
  ok: false,
  field,
  problem,
  message: MESSAGES[problem](field),
})

/**
 * Checks the accreditation form (as the browser posts it). Every refusal names its field
 * and a problem code the form page turns into a sentence in its own language; the first
 * problem in the form's order is the one reported.
 */
export function parseAccreditationForm(
  form: URLSearchParams,
  defaultLanguage: 'vi' | 'en',
): { ok: true; value: AccreditationRequest } | ({ ok: false } & AccreditationInvalid) {
  const text = (field: AccreditationField): string => cleanText(form.get(field) ?? '')
  for (const field of ['name', 'outlet', 'email', 'pressCardNumber'] as const) {
    if (!text(field)) return invalid(field, 'missing')
  }
  for (const field of ['name', 'outlet', 'email', 'pressCardNumber', 'phone'] as const) {
    if (text(field).length > ACCREDITATION_MAX_LENGTH[field]) return invalid(field, 'too_long')
  }
  const email = normaliseEmail(text('email'))
  if (!isPlausibleEmail(email)) return invalid('email', 'invalid')
  if (!PRESS_CARD.test(text('pressCardNumber'))) return invalid('pressCardNumber', 'invalid')
  const phone = text('phone')
  if (phone && !PHONE.test(phone)) return invalid('phone', 'invalid')
  const language = text('language') || defaultLanguage
  if (language !== 'vi' && language !== 'en') return invalid('language', 'invalid')
  return {
    ok: true,
    value: { name: text('name'), outlet: text('outlet'), email, pressCardNumber: text('pressCardNumber'), ...(phone ? { phone } : {}), language },
  }
}
