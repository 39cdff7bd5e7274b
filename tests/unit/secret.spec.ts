import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { resolvePayloadSecret } from '@/config/secret'

/** Only the variables a case sets, typed as a whole environment. */
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

let dir: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-secret-unit-'))
  process.env.DATA_DIR = dir
})

afterEach(() => {
  delete process.env.DATA_DIR
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('resolvePayloadSecret', () => {
  it('prefers PAYLOAD_SECRET from the environment', () => {
    expect(resolvePayloadSecret(env({ PAYLOAD_SECRET: 'a-long-enough-secret-value' }))).toEqual({ secret: 'a-long-enough-secret-value', source: 'env' })
  })

  it('refuses a secret too short to be safe', () => {
    expect(() => resolvePayloadSecret(env({ PAYLOAD_SECRET: 'short' }))).toThrow(/too short/)
  })

  it('refuses to invent a secret in production', () => {
    expect(() => resolvePayloadSecret(env({ NODE_ENV: 'production' }))).toThrow(/NODE_ENV=production/)
  })

  it('generates a random secret once in development and reuses it, readable by its owner only', () => {
    const first = resolvePayloadSecret(env({}))
    const second = resolvePayloadSecret(env({}))
    expect(first.source).toBe('generated')
    expect(second).toMatchObject({ source: 'file', secret: first.secret })
    expect(fs.statSync(path.join(dir, 'payload-secret')).mode & 0o077).toBe(0)
  })

  it('gives each fresh data directory its own secret', () => {
    const first = resolvePayloadSecret(env({})).secret
    fs.rmSync(path.join(dir, 'payload-secret'))
    expect(resolvePayloadSecret(env({})).secret).not.toBe(first)
  })
})
