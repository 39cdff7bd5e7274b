import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '@/config/paths'
import { EMBEDDED_PG_MAJOR, startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { readPostmasterLock } from '@/db/postmasterPid'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-embedded-'))
const pgData = path.join(dataDir, 'postgres')
const children: ChildProcess[] = []

/** Starts the fixture in its own process and resolves with the URL it prints. */
function holdDatabase(): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }
  delete env.DATABASE_URL
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/fixtures/holdDatabase.ts'], { cwd: projectRoot, env })
  children.push(child)
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk) => {
      output += chunk
      const url = output.match(/READY (\S+)/)?.[1]
      if (url) resolve({ child, url })
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`fixture exited with ${code}: ${output}`)))
  })
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))))

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

beforeAll(() => {
  fs.mkdirSync(dataDir, { recursive: true })
})

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('the embedded PostgreSQL', () => {
  it('initialises a data directory under DATA_DIR/postgres and serves on a free port', async () => {
    const { child, url } = await holdDatabase()
    expect(fs.readFileSync(path.join(pgData, 'PG_VERSION'), 'utf8').trim()).toBe(String(EMBEDDED_PG_MAJOR))
    expect(new URL(url).port).not.toBe('5432')
    await query(url, 'create table survived_crash (note text)')
    await query(url, "insert into survived_crash values ('written before the crash')")
    child.kill('SIGTERM')
    await exited(child)
  })

  it('stops cleanly on SIGTERM: the server process ends and postmaster.pid is gone', async () => {
    const { child } = await holdDatabase()
    const lock = readPostmasterLock(pgData)
    expect(lock && processAlive(lock.pid)).toBe(true)
    child.kill('SIGTERM')
    await exited(child)
    expect(processAlive(lock!.pid)).toBe(false)
    expect(fs.existsSync(path.join(pgData, 'postmaster.pid'))).toBe(false)
  })

  it('stops cleanly on SIGINT too', async () => {
    const { child } = await holdDatabase()
    const lock = readPostmasterLock(pgData)
    child.kill('SIGINT')
    await exited(child)
    expect(processAlive(lock!.pid)).toBe(false)
    expect(fs.existsSync(path.join(pgData, 'postmaster.pid'))).toBe(false)
  })

  it('recovers after a crash left a postmaster.pid whose pid now belongs to another process', async () => {
    const { child } = await holdDatabase()
    const lock = readPostmasterLock(pgData)!
    // A crash: the launcher and the database die without shutting down.
    child.kill('SIGKILL')
    process.kill(lock.pid, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fs.existsSync(path.join(pgData, 'postmaster.pid'))).toBe(true)
    // After a reboot the old pid may be reused by an unrelated process.
    const stranger = spawn('sleep', ['30'])
    children.push(stranger)
    const lines = fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n')
    lines[0] = String(stranger.pid)
    fs.writeFileSync(path.join(pgData, 'postmaster.pid'), lines.join('\n'))

    const restarted = await holdDatabase()
    const rows = await query(restarted.url, 'select note from survived_crash')
    expect(rows).toEqual([{ note: 'written before the crash' }])
    restarted.child.kill('SIGTERM')
    await exited(restarted.child)
  })

  it('refuses a data directory made by another PostgreSQL major version with a clear message', async () => {
    const foreign = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-foreign-'))
    fs.mkdirSync(path.join(foreign, 'postgres'))
    fs.writeFileSync(path.join(foreign, 'postgres', 'PG_VERSION'), '15\n')
    await expect(startEmbeddedPostgres({ dataDir: foreign })).rejects.toThrow(
      new RegExp(`made by PostgreSQL 15, but this app embeds PostgreSQL ${EMBEDDED_PG_MAJOR}`),
    )
    fs.rmSync(foreign, { recursive: true, force: true })
  })
})
