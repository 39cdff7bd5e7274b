/**
 * XML text helpers for the feed serializers. Feed text comes from editors and
 * from pasted content, so it may hold characters that XML 1.0 forbids outright
 * (NUL, other C0 controls, lone surrogates). A single one makes the whole feed
 * unparseable for every subscriber, so they are dropped rather than escaped:
 * XML has no escape for them.
 */

// XML 1.0 `Char` excludes C0 controls other than tab, LF and CR, unpaired
// surrogate halves, and U+FFFE/U+FFFF. C1 controls are legal, so they stay.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matches control characters on purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Removes characters that may not appear in an XML 1.0 document, even escaped. */
export const stripInvalidXmlChars = (text: string): string => text.replace(INVALID_XML_CHARS, '')

/** Makes text safe for both element content and quoted attribute values. */
export const escapeXml = (text: string): string => stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
