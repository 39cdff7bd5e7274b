import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '@/config/paths'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-badconfig-'))

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

type Outcome = { code: number | null; stdout: string; stderr: string }

/** Runs `npm start`'s launcher with a changed environment and collects what it said. */
function start(overrides: Record<string, string | undefined>): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: inject('databaseUrl'),
    PAYLOAD_SECRET: inject('payloadSecret'),
    NODE_ENV: 'development',
  }
  delete env.SMTP_URL
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    }),
  )
}

/** One clear line on stderr, and no stack trace anywhere. */
function expectOneClearLine(outcome: Outcome, pattern: RegExp) {
  expect(outcome.code).toBe(1)
  const lines = outcome.stderr.split('\n').filter((line) => line.trim() !== '')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^error: /)
  expect(lines[0]).toMatch(pattern)
  expect(outcome.stdout + outcome.stderr).not.toMatch(/^\s+at /m)
}

describe('npm start with bad configuration', () => {
  it('names the host and port of an unreachable DATABASE_URL and exits non-zero', async () => {
    const outcome = await start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/newsroom' })
    expectOneClearLine(outcome, /Cannot reach PostgreSQL at 127\.0\.0\.1:1\/newsroom \(DATABASE_URL\): ECONNREFUSED/)
  })

  it('does not print the password of an unreachable DATABASE_URL', async () => {
    const outcome = await start({ DATABASE_URL: 'postgres://postgres:hunter2-secret@127.0.0.1:1/newsroom' })
    expect(outcome.code).toBe(1)
    expect(outcome.stdout + outcome.stderr).not.toContain('hunter2-secret')
  })

  it('says which port is taken when PORT is already in use', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const outcome = await start({ PORT: String(port) })
      expectOneClearLine(outcome, new RegExp(`Port ${port} is already in use`))
    } finally {
      blocker.close()
    }
  })

  it('refuses a PORT that is not a port number', async () => {
    expectOneClearLine(await start({ PORT: 'eighty' }), /PORT must be a whole number between 1 and 65535, got "eighty"/)
  })

  it('refuses a malformed SMTP_URL', async () => {
    expectOneClearLine(await start({ SMTP_URL: 'mail.example.org:25' }), /SMTP_URL must start with smtp:\/\/ or smtps:\/\//)
    expectOneClearLine(await start({ SMTP_URL: 'smtp://user:pa ss@' }), /SMTP_URL is not a valid URL/)
  })

  it('refuses mail settings that the background jobs could not use', async () => {
    expectOneClearLine(await start({ SMTP_POOL_SIZE: 'five' }), /SMTP_POOL_SIZE must be a whole number from 1 to 100, got "five"/)
    expectOneClearLine(await start({ SMTP_RATE_PER_SEC: '-3' }), /SMTP_RATE_PER_SEC must be a positive whole number, got "-3"/)
    expectOneClearLine(await start({ DIGEST_DAILY_HOUR: '25' }), /DIGEST_DAILY_HOUR must be an hour from 0 to 23, got "25"/)
  })

  it('refuses a malformed TRUST_PROXY, naming the entry that is wrong', async () => {
    expectOneClearLine(
      await start({ TRUST_PROXY: '10.0.0.1, proxy.example.org' }),
      /TRUST_PROXY must be a comma-separated list of proxy addresses, CIDR ranges .*"proxy\.example\.org" is not one/,
    )
    expectOneClearLine(await start({ TRUST_PROXY: '10.0.0.0/33' }), /TRUST_PROXY .*"10\.0\.0\.0\/33" is not one/)
    expectOneClearLine(await start({ TRUST_PROXY: '*' }), /TRUST_PROXY .*"\*" is not one/)
  })

  it('refuses a half S3 configuration, naming the missing variables and never the secret key', async () => {
    const outcome = await start({ S3_BUCKET: 'newsroom-media', S3_SECRET_ACCESS_KEY: 'hunter2-s3-secret' })
    expectOneClearLine(outcome, /S3 storage is half configured: S3_BUCKET, S3_SECRET_ACCESS_KEY are set but S3_REGION, S3_ACCESS_KEY_ID are not/)
    expect(outcome.stdout + outcome.stderr).not.toContain('hunter2-s3-secret')
  })

  it('refuses to start in production without PAYLOAD_SECRET', async () => {
    const outcome = await start({ NODE_ENV: 'production', PAYLOAD_SECRET: undefined })
    expectOneClearLine(outcome, /PAYLOAD_SECRET is not set and NODE_ENV=production/)
  })

  it('generates a development secret once, keeps it in the data directory and warns', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-secret-'))
    // An unreachable database ends the run right after the secret is resolved.
    const first = await start({ DATA_DIR: fresh, PAYLOAD_SECRET: undefined, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' })
    expect(first.stdout).toMatch(/warning: PAYLOAD_SECRET is not set; generated one/)
    const secret = fs.readFileSync(path.join(fresh, 'payload-secret'), 'utf8').trim()
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.stdout + first.stderr).not.toContain(secret)
    const second = await start({ DATA_DIR: fresh, PAYLOAD_SECRET: undefined, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' })
    expect(second.stdout).toMatch(/using the one kept in/)
    expect(fs.readFileSync(path.join(fresh, 'payload-secret'), 'utf8').trim()).toBe(secret)
    fs.rmSync(fresh, { recursive: true, force: true })
  })
})
