import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { isLivePostgres, readPostmasterLock, removeStaleLock } from '@/db/postmasterPid'

let dir: string

const writeLock = (pid: number) => fs.writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1700000000\n54321\n\n`)

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lock-'))
})

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('postmaster.pid handling', () => {
  it('reads the pid, data directory and port', () => {
    writeLock(4242)
    expect(readPostmasterLock(dir)).toEqual({ pid: 4242, dataDir: dir, port: 54321 })
  })

  it('removes a lock whose pid belongs to a live process that is not PostgreSQL', () => {
    const stranger = spawn('sleep', ['10'])
    try {
      writeLock(stranger.pid!)
      expect(isLivePostgres(stranger.pid!)).toBe(false)
      expect(removeStaleLock(dir)).toBe(true)
      expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(false)
    } finally {
      stranger.kill()
    }
  })

  it('removes a lock whose pid no longer exists', () => {
    writeLock(2 ** 22 + 17)
    expect(removeStaleLock(dir)).toBe(true)
  })

  it('leaves the directory alone when there is no lock', () => {
    expect(removeStaleLock(dir)).toBe(false)
  })
})
