import { afterEach, describe, expect, it } from 'vitest'

import { passwordResetHtml, passwordResetLink, passwordResetSubject } from '../../collections/Users/emails/passwordResetEmail'
import { identityNow } from '@/content/settings/identityNow'

afterEach(() => {
  delete process.env.SITE_URL
})

describe('the password-reset email', () => {
  it('links to the admin reset screen on SITE_URL', () => {
    process.env.SITE_URL = 'https://newsroom.example.vn'
    expect(passwordResetLink('abc123')).toBe('https://newsroom.example.vn/admin/reset/abc123')
  })

  it('is written in Vietnamese for a Vietnamese admin screen, or when the language is unknown, and names the site', () => {
    for (const req of [{ i18n: { language: 'vi' } }, undefined]) {
      const html = passwordResetHtml({ req, token: 't' })
      expect(html).toContain('Đặt lại mật khẩu')
      expect(html).toContain(identityNow('vi').siteName)
      expect(html).not.toContain('Reset password')
      expect(passwordResetSubject({ req })).toBe(`Đặt lại mật khẩu – ${identityNow('vi').siteName}`)
    }
  })

  it('is written in English for an English admin screen', () => {
    const req = { i18n: { language: 'en' } }
    const html = passwordResetHtml({ req, token: 't' })
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('Reset password')
    expect(html).not.toContain('Đặt lại')
    expect(passwordResetSubject({ req })).toBe(`Reset your password – ${identityNow('en').siteName}`)
  })

  it('escapes a token so it cannot break out of the link', () => {
    const html = passwordResetHtml({ token: '"><script>alert(1)</script>' })
    expect(html).not.toContain('<script>')
  })
})
