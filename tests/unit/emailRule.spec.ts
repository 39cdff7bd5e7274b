import { email as payloadEmail } from 'payload/shared'
import { describe, expect, it } from 'vitest'

import { validateEmail } from '../../collections/editorial/validators'
import { isPlausibleEmail } from '@/platform/email/normaliseEmail'

/** Payload's own `email` field validator, run as a field without a collection would run it. */
const payloadAccepts = (address: string): boolean => {
  const options = { req: { payload: {}, t: () => 'refused' }, required: false } as unknown as Parameters<typeof payloadEmail>[1]
  return payloadEmail(address, options) === true
}

const ADDRESSES = [
  'anh@bao.vn',
  'Lan.Nguyen+tin@vietnamnet.vn',
  'user_name-1@sub.domain.example.com',
  'user@ex--ample.com',
  "o'brien@bao.vn",
  'a..b@bao.vn',
  'a.@bao.vn',
  '.a@bao.vn',
  'user@example..com',
  'user@-example.com',
  'user@example-.com',
  'user@bao.v',
  'user@bao.123',
  'user@bao',
  'an h@bao.vn',
  'anh@ bao.vn',
  '"anh"@bao.vn',
  'anh@@bao.vn',
  'anh@bao@vn.vn',
  '<anh@bao.vn>',
  'anh@bao.vn\r\nBcc: evil@x.test',
  'anh\u0000@bao.vn',
  'anh@bao_vn.vn',
  'nguyễn@bao.vn',
  'anh@báo.vn',
  '@bao.vn',
  'anh@',
]

describe('the one e-mail rule', () => {
  // An empty value is the field's `required` question, not the address rule's.
  it('accepts exactly the addresses Payload’s own email field accepts', () => {
    for (const address of ADDRESSES) expect(isPlausibleEmail(address), JSON.stringify(address)).toBe(payloadAccepts(address))
  })

  it('refuses an address longer than 254 characters, which Payload would still take', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.vn`
    expect(long).toHaveLength(255)
    expect(payloadAccepts(long)).toBe(true)
    expect(isPlausibleEmail(long)).toBe(false)
    expect(isPlausibleEmail(long.slice(1))).toBe(true)
  })

  it('is the rule of the text fields that hold an address, worded in the editor’s language', () => {
    const vi = { req: { i18n: { language: 'vi' } } }
    const en = { req: { i18n: { language: 'en' } } }
    expect(validateEmail('anh@bao.vn', vi)).toBe(true)
    expect(validateEmail('', vi)).toBe(true)
    expect(validateEmail('a..b@bao.vn', vi)).toBe('Phải là địa chỉ email, ví dụ ten@bao.vn.')
    expect(validateEmail('a..b@bao.vn', en)).toBe('Must be an email address, such as ten@bao.vn.')
  })
})
