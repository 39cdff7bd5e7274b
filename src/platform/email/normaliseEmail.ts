/** Addresses compare without case and surrounding space. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/**
 * Payload's own `email` field rule, character for character: `email` in
 * node_modules/payload/dist/fields/validations.js (Payload 3.90.1), which exports the whole
 * field validator but not its pattern. It refuses quotes, spaces and control characters, two
 * dots in a row, and a domain label that starts or ends with a hyphen.
 */
const PAYLOAD_EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** The longest address mail can carry (RFC 5321): a longer one is never delivered. */
const MAX_EMAIL_LENGTH = 254

/**
 * The one e-mail rule: an address Payload's `email` fields accept, at most 254 characters.
 * The public forms, the subscribe API and the text fields that hold an address all ask it,
 * so none takes an address that an `email` field then refuses on save; the length is the
 * only addition, and it only ever refuses more. tests/unit/emailRule.spec.ts holds it to
 * Payload's own validator.
 */
export const isPlausibleEmail = (email: string): boolean => email.length <= MAX_EMAIL_LENGTH && PAYLOAD_EMAIL.test(email)
