import { describe, expect, it } from 'vitest'

import { parsePort } from '@/config/port'
import { siteUrl } from '@/config/siteUrl'
import { describeDatabaseUrl, withDatabaseName } from '@/db/describeUrl'

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

describe('parsePort', () => {
  it('falls back to the default when unset and accepts a valid port', () => {
    expect(parsePort(undefined, 3000)).toBe(3000)
    expect(parsePort('8080', 3000)).toBe(8080)
  })

  it('refuses words, fractions and out-of-range numbers', () => {
    expect(() => parsePort('http', 3000)).toThrow(/got "http"/)
    expect(() => parsePort('80.5', 3000)).toThrow(/whole number/)
    expect(() => parsePort('70000', 3000)).toThrow(/65535/)
  })
})

describe('siteUrl', () => {
  it('drops trailing slashes from SITE_URL and defaults to localhost on PORT', () => {
    expect(siteUrl(env({ SITE_URL: 'https://newsroom.example.vn/' }))).toBe('https://newsroom.example.vn')
    expect(siteUrl(env({ PORT: '4000' }))).toBe('http://localhost:4000')
  })
})

describe('database URLs in messages', () => {
  it('describes a connection string without its credentials', () => {
    expect(describeDatabaseUrl('postgres://user:secret@db.internal:6543/newsroom')).toBe('db.internal:6543/newsroom')
  })

  it('points a server URL at another database', () => {
    expect(withDatabaseName('postgres://u:p@127.0.0.1:5432/postgres', 'newsroom')).toBe('postgres://u:p@127.0.0.1:5432/newsroom')
  })
})
