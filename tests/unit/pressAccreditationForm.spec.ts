import { describe, expect, it } from 'vitest'

import { parseAccreditationForm } from '@/press/accreditation/parseAccreditationForm'
import { parseSignInForm } from '@/press/signIn/parseSignInForm'
import { problemMessage } from '@/site/press/pressCopy'

const complete = {
  name: 'Nguyễn Thị Lan',
  outlet: 'VietNamNet',
  email: 'lan@vietnamnet.vn',
  pressCardNumber: '12345/BTTTT',
  phone: '+84 24 3943 0000',
  language: 'en',
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields)

/** The field and problem a form is refused for, or 'ok'. */
const refusal = (fields: Record<string, string>): string => {
  const result = parseAccreditationForm(form(fields), 'vi')
  return result.ok ? 'ok' : `${result.field}:${result.problem}`
}

describe('parseAccreditationForm', () => {
  it('accepts a complete form and keeps every field', () => {
    const result = parseAccreditationForm(form(complete), 'vi')
    expect(result).toEqual({ ok: true, value: complete })
  })

  it('leaves the phone out when it is empty and takes the page language when none is chosen', () => {
    const { phone: _phone, language: _language, ...rest } = complete
    const result = parseAccreditationForm(form({ ...rest, phone: '  ' }), 'en')
    expect(result.ok && result.value).toEqual({ ...rest, language: 'en' })
  })

  it('names each required field that is missing, in the order of the form', () => {
    for (const field of ['name', 'outlet', 'email', 'pressCardNumber']) {
      expect(refusal({ ...complete, [field]: '' })).toBe(`${field}:missing`)
      expect(refusal({ ...complete, [field]: ' \t ' })).toBe(`${field}:missing`)
    }
    expect(refusal({})).toBe('name:missing')
  })

  it('refuses values past their length, naming the field', () => {
    expect(refusal({ ...complete, name: 'a'.repeat(201) })).toBe('name:too_long')
    expect(refusal({ ...complete, name: 'a'.repeat(200) })).toBe('ok')
    expect(refusal({ ...complete, pressCardNumber: '1'.repeat(61) })).toBe('pressCardNumber:too_long')
    expect(refusal({ ...complete, phone: '1'.repeat(41) })).toBe('phone:too_long')
  })

  it('refuses an address that is not one, a card number with odd characters, a phone with letters and an unknown language', () => {
    expect(refusal({ ...complete, email: 'lan-at-vietnamnet' })).toBe('email:invalid')
    expect(refusal({ ...complete, email: 'lan@vietnamnet.vn\r\nBcc: x@y.z' })).toBe('email:invalid')
    expect(refusal({ ...complete, pressCardNumber: '<script>' })).toBe('pressCardNumber:invalid')
    expect(refusal({ ...complete, phone: 'call me' })).toBe('phone:invalid')
    expect(refusal({ ...complete, language: 'fr' })).toBe('language:invalid')
  })

  it('stores the address in lower case and folds line breaks in names into spaces', () => {
    const result = parseAccreditationForm(form({ ...complete, email: ' Lan@VietNamNet.VN ', name: 'Lan\r\nBcc: x@y.z', outlet: 'Báo\tVietNamNet' }), 'vi')
    expect(result.ok && result.value.email).toBe('lan@vietnamnet.vn')
    expect(result.ok && result.value.name).toBe('Lan Bcc: x@y.z')
    expect(result.ok && result.value.outlet).toBe('Báo VietNamNet')
  })

  it('gives a message that names the field, for clients that read it', () => {
    const result = parseAccreditationForm(form({ ...complete, pressCardNumber: '' }), 'vi')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain('pressCardNumber')
  })
})

describe('the form page’s sentence for a refused field', () => {
  it('names the field by its label in the page language', () => {
    expect(problemMessage('vi', 'pressCardNumber', 'missing')).toBe('Vui lòng nhập số thẻ nhà báo.')
    expect(problemMessage('en', 'email', 'missing')).toBe('Enter your work email.')
    expect(problemMessage('en', 'name', 'too_long')).toBe('Full name is at most 200 characters.')
    expect(problemMessage('vi', 'email', 'invalid')).toContain('Email công việc')
  })
})

describe('parseSignInForm', () => {
  it('takes an address in lower case, and names the email field when it is missing or not an address', () => {
    expect(parseSignInForm(form({ email: ' Lan@VietNamNet.vn ' }))).toEqual({ ok: true, email: 'lan@vietnamnet.vn' })
    expect(parseSignInForm(form({}))).toMatchObject({ ok: false, field: 'email', problem: 'missing' })
    expect(parseSignInForm(form({ email: 'lan' }))).toMatchObject({ ok: false, field: 'email', problem: 'invalid' })
  })
})
