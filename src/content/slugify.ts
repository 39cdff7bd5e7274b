/**
 * An ASCII-safe URL slug from Vietnamese (or any Latin-script) text: diacritics removed,
 * `đ` to `d`, lower case, words joined by hyphens.
 * "Chiến dịch bảo vệ trẻ em" → "chien-dich-bao-ve-tre-em".
 */
export function slugify(text: string, maxLength = 80): string {
  const ascii = text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= maxLength) return ascii
  const cut = ascii.slice(0, maxLength)
  // Cut at a word boundary when there is one, so a slug never ends mid-word.
  return (cut.lastIndexOf('-') > maxLength / 2 ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '')
}

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` says is free. */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = base || 'bai-viet'
  if (!(await isTaken(root))) return root
  for (let n = 2; ; n += 1) {
    const candidate = `${root}-${n}`
    if (!(await isTaken(candidate))) return candidate
  }
}
