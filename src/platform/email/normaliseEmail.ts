/** Addresses compare without case and surrounding space. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/** A plain, deliverable-looking address: one @, a dot in the domain, no spaces or control characters, at most 254 characters. */
export function isPlausibleEmail(email: string): boolean {
  // eslint-disable-next-line no-control-regex -- matches control characters on purpose
  return email.length <= 254 && /^[^\s@<>()[\]\\,;:"\u0000-\u001f]+@[^\s@<>()[\]\\,;:"\u0000-\u001f]+\.[^\s@<>()[\]\\,;:"\u0000-\u001f]{2,}$/.test(email)
}
