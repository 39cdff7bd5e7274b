import { afterEach, describe, expect, it } from 'vitest'

import { passwordResetHtml, passwordResetLink } from '../../collections/Users/emails/passwordResetEmail'

afterEach(() => {
  delete process.env.SITE_URL
})

describe('the password-reset email', () => {
  it('links to the admin reset screen on SITE_URL', () => {
    process.env.SITE_URL = 'https://newsroom.example.vn'
    expect(passwordResetLink('abc123')).toBe('https://newsroom.example.vn/admin/reset/abc123')
  })

  it('speaks Vietnamese first and English second', () => {
    const html = passwordResetHtml({ token: 't' })
    expect(html.indexOf('Đặt lại mật khẩu')).toBeGreaterThan(-1)
    expect(html.indexOf('Đặt lại mật khẩu')).toBeLessThan(html.indexOf('Reset password'))
  })

  it('escapes a token so it cannot break out of the link', () => {
    const html = passwordResetHtml({ token: '"><script>alert(1)</script>' })
    expect(html).not.toContain('<script>')
  })
})
