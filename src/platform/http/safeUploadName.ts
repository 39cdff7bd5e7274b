import { formField } from './formField'

/** The extensions each accepted type is saved under; the first is the one given when a name has the wrong one. */
export const EXTENSIONS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
}

// eslint-disable-next-line no-control-regex -- matches control characters on purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
// Characters no file system or Content-Disposition header takes kindly.
const UNSAFE = /[<>:"|?*\u2028\u2029]/g

/**
 * A file name as the browser sent it, made safe to store and serve: the last path part only
 * (`../`, `C:\\` and the like gone), no control characters or NUL, no leading dots, at most
 * 180 characters, and an extension that matches the type the bytes show. Null when nothing
 * usable is left of it.
 */
export function safeUploadName(raw: string, detectedType: string | null): string | null {
  const lastPart = formField(raw).replace(/\\/g, '/').split('/').pop() ?? ''
  const cleaned = formField(lastPart.replace(CONTROL, '').replace(UNSAFE, '_')).replace(/^[.\s]+/, '')
  const dot = cleaned.lastIndexOf('.')
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).slice(0, 160).replace(/[.\s]+$/, '') || 'file'
  const given = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : ''
  const allowed = detectedType ? EXTENSIONS_BY_TYPE[detectedType] : undefined
  if (!allowed) return cleaned ? `${stem}${given ? `.${given}` : ''}` : null
  return `${stem}.${allowed.includes(given) ? given : allowed[0]}`
}

/** The type a file's first bytes show, for the types the newsroom accepts; null when they show none of them. */
export function sniffType(bytes: Uint8Array, declared: string | undefined): string | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte)
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif'
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp'
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf'
  // Office files are zip archives; which one it is, the declared type says (Payload checks it further).
  if (starts(0x50, 0x4b, 0x03, 0x04)) return declared && declared.startsWith('application/vnd.openxmlformats-officedocument.') ? declared : null
  return null
}
