/**
 * Text as the search index stores it and as queries are matched against it: diacritics
 * removed, `đ` as `d`, lower case, whitespace collapsed. "Trẻ em" → "tre em".
 *
 * Folding happens here rather than with PostgreSQL's `unaccent`, which managed servers do
 * not always allow. NFC and NFD input fold alike, since the marks are taken off after
 * decomposing. Lower case comes before the marks go: `İ` lower-cases to `i` plus a mark.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/\s+/g, ' ').trim()
}
