import { normaliseForm } from './formField'
import { readLimitedText } from './readLimitedText'

/**
 * A form body (urlencoded, as browsers send it, or multipart) as its text fields, or null
 * when the body is over `maxBytes`. A body in no form encoding reads as urlencoded. Every
 * value is normalised (NFC, every kind of whitespace trimmed) before any handler sees it.
 */
export async function readForm(request: Request, maxBytes: number): Promise<URLSearchParams | null> {
  const text = await readLimitedText(request, maxBytes)
  if (text === null) return null
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data/i.test(contentType)) return normaliseForm(new URLSearchParams(text))
  try {
    const data = await new Response(text, { headers: { 'Content-Type': contentType } }).formData()
    const fields = new URLSearchParams()
    for (const [key, value] of data.entries()) if (typeof value === 'string') fields.append(key, value)
    return normaliseForm(fields)
  } catch {
    return new URLSearchParams()
  }
}
