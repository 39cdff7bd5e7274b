import { slugify } from '@/content/slugify'

const MAX_BASE_LENGTH = 80
const FALLBACK_BASE = 'file'

/** Splits "name.ext" at its last dot; what follows a path separator is never an extension. */
function splitExtension(name: string): { base: string; ext: string } {
  const match = /\.([^./\\\s]{1,10})$/.exec(name)
  return match ? { base: name.slice(0, match.index), ext: match[1]! } : { base: name, ext: '' }
}

/**
 * A file name that survives every unzip tool and file system: ASCII, lower case, words
 * joined by hyphens, the extension kept. "Báo cáo tổng kết.pdf" → "bao-cao-tong-ket.pdf".
 * Slashes, backslashes and dots in the base become hyphens, so no name can climb out of
 * its folder ("../../x.pdf" → "x.pdf").
 */
export function safeFileName(original: string): string {
  const { base, ext } = splitExtension(original.trim())
  const safeExt = slugify(ext).replace(/-/g, '').slice(0, 10)
  const safeBase = slugify(base, MAX_BASE_LENGTH) || FALLBACK_BASE
  return safeExt ? `${safeBase}.${safeExt}` : safeBase
}

/**
 * Hands out names unique within one folder of the ZIP: a second "anh.png" becomes
 * "anh-2.png", a third "anh-3.png". Compared without case, as Windows and macOS do.
 */
export function uniqueNamer(reserved: string[] = []): (name: string) => string {
  const taken = new Set(reserved.map((name) => name.toLowerCase()))
  return (name) => {
    const { base, ext } = splitExtension(name)
    let candidate = name
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = ext ? `${base}-${n}.${ext}` : `${base}-${n}`
    taken.add(candidate.toLowerCase())
    return candidate
  }
}
