/**
 * Only web links become links: a `javascript:` or `data:` address stays plain text. The
 * address comes back as the URL parser writes it, so quotes and angle brackets are encoded.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) return null
  try {
    return new URL(url.trim()).href
  } catch {
    return null
  }
}

/** A `tel:` link for a number with at least one digit, or none. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '')
  return /\d/.test(digits) ? `tel:${digits}` : null
}

/** A `mailto:` link for something shaped like an address, or none. */
export const mailHref = (email: string): string | null => (/^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(email) ? `mailto:${email}` : null)
