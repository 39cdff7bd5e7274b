import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { parseSmtpUrl } from '@/mail/parseSmtpUrl'

describe('parseSmtpUrl', () => {
  it('reads host, port and decoded credentials from an smtp:// URL', () => {
    expect(parseSmtpUrl('smtp://mailer:p%40ss@relay.example.org:2525')).toMatchObject({
      host: 'relay.example.org',
      port: 2525,
      secure: false,
      auth: { user: 'mailer', pass: 'p@ss' },
    })
  })

  it('uses implicit TLS and port 465 for smtps:// without a port', () => {
    expect(parseSmtpUrl('smtps://relay.example.org')).toMatchObject({ port: 465, secure: true, auth: undefined })
  })

  it('defaults plain smtp:// to the submission port 587', () => {
    expect(parseSmtpUrl('smtp://relay.example.org').port).toBe(587)
  })

  it('refuses other schemes and says which ones are accepted', () => {
    expect(() => parseSmtpUrl('http://relay.example.org')).toThrow(/must start with smtp:\/\/ or smtps:\/\//)
    expect(() => parseSmtpUrl('relay.example.org:25')).toThrow(ConfigError)
  })

  it('never repeats the password in its error message', () => {
    try {
      parseSmtpUrl('ftp://user:very-secret@host')
      expect.unreachable()
    } catch (error) {
      expect((error as Error).message).not.toContain('very-secret')
    }
  })
})
