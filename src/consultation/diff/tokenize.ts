/**
 * Splits text into words, whitespace runs and single other characters, after NFC
 * normalisation, so that `tokenize(t).join('') === t.normalize('NFC')`.
 *
 * Why NFC: Vietnamese can be typed precomposed ("ệ") or decomposed ("e" + U+0323 + U+0302);
 * both must compare equal, while "trẻ" and "tre" stay different words. Marks (\p{M}) are part
 * of the word class so a diff never splits a letter from its diacritics.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu

export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? []
}
