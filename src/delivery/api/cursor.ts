import crypto from 'node:crypto'

import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'

/**
 * A sync position in the change log. The client sees only an opaque, signed string.
 * - `after`: changes with a higher id than this are new to the client;
 * - `head`: the newest id when this sync pass began (absent: now);
 * - `before`: within the pass, pages walk down from the newest, below this id.
 */
export type Cursor = { after: number; head?: number; before?: number }

const sign = (secret: string, payload: string) => crypto.createHmac('sha256', secret).update(`cursor:${payload}`).digest('base64url').slice(0, 22)

export function encodeCursor(cursor: Cursor, secret: string): string {
  const payload = Buffer.from(JSON.stringify([cursor.after, cursor.head ?? null, cursor.before ?? null])).toString('base64url')
  return `${payload}.${sign(secret, payload)}`
}

const invalid = () =>
  new AppError(
    'invalid_cursor',
    inBothLanguages(apiRefusalMessages, (m) => m.badCursor),
    { field: 'since' },
  )

const isPosition = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

export function decodeCursor(text: string, secret: string): Cursor {
  if (text.length > 200) throw invalid()
  const [payload, signature, extra] = text.split('.')
  if (!payload || !signature || extra !== undefined) throw invalid()
  const expected = Buffer.from(sign(secret, payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) throw invalid()
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    throw invalid()
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid()
  const [after, head, before] = parsed as unknown[]
  if (!isPosition(after) || (head !== null && !isPosition(head)) || (before !== null && !isPosition(before))) throw invalid()
  return { after, ...(head !== null ? { head: head as number } : {}), ...(before !== null ? { before: before as number } : {}) }
}
