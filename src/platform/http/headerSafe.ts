const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A value that may go into a response header: every character outside printable ASCII is
 * percent-encoded, so text from a request (a clause number ending in U+3000, a CR LF) can
 * neither break the header nor make the Fetch API throw, which answers 500.
 */
export const headerSafe = (value: string): string =>
  value.replace(LONE_SURROGATE, '\uFFFD').replace(/[^\x21-\x7E]/gu, (character) => encodeURIComponent(character))
