import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { databaseReplicaUrls } from '@/config/databaseReplicas'
import { jobsAutoRun } from '@/config/jobsAutoRun'
import { readFromPrimary, primaryReadsWanted } from '@/db/readRouting'
import { isCredentialedRequest } from '@/runtime/credentialedRequest'
import { CoalescingPass } from '@/runtime/worker/coalescingPass'

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

describe('DATABASE_REPLICA_URLS', () => {
  it('reads a comma-separated list, ignoring blanks', () => {
    expect(databaseReplicaUrls(env({ DATABASE_REPLICA_URLS: ' postgres://r1:5432/db , ,postgresql://r2/db' }))).toEqual([
      'postgres://r1:5432/db',
      'postgresql://r2/db',
    ])
    expect(databaseReplicaUrls(env({}))).toEqual([])
  })

  it('refuses an entry that is not a postgres URL, naming its place and not its credentials', () => {
    expect(() => databaseReplicaUrls(env({ DATABASE_REPLICA_URLS: 'postgres://r1/db,mysql://u:secret@r2/db' }))).toThrow(ConfigError)
    expect(() => databaseReplicaUrls(env({ DATABASE_REPLICA_URLS: 'postgres://r1/db,mysql://u:secret@r2/db' }))).toThrow(/entry 2/)
    expect(() => databaseReplicaUrls(env({ DATABASE_REPLICA_URLS: 'postgres://u:secret@r1/db,mysql://u:secret@r2/db' }))).toThrow(
      /^DATABASE_REPLICA_URLS entry 2 is not a postgres:\/\/ connection string\.$/,
    )
  })
})

describe('JOBS_AUTORUN', () => {
  it('runs the queue in the app unless told false, and refuses anything else', () => {
    expect(jobsAutoRun(env({}))).toBe(true)
    expect(jobsAutoRun(env({ JOBS_AUTORUN: 'true' }))).toBe(true)
    expect(jobsAutoRun(env({ JOBS_AUTORUN: 'false' }))).toBe(false)
    expect(() => jobsAutoRun(env({ JOBS_AUTORUN: 'no' }))).toThrow(ConfigError)
  })
})

describe('which requests read from the primary', () => {
  it('counts a request with an Authorization header or a session cookie as credentialed', () => {
    expect(isCredentialedRequest({ authorization: 'JWT x' })).toBe(true)
    expect(isCredentialedRequest({ cookie: 'payload-lng=vi; payload-token=abc' })).toBe(true)
    expect(isCredentialedRequest({ cookie: 'newsroom_press_session=abc' })).toBe(true)
  })

  it('leaves an anonymous reader, language cookie and all, to the replicas', () => {
    expect(isCredentialedRequest({})).toBe(false)
    expect(isCredentialedRequest({ cookie: 'payload-lng=vi; other=payload-token' })).toBe(false)
  })

  it('keeps the primary scope through everything the work awaits, and only there', async () => {
    expect(primaryReadsWanted()).toBe(false)
    const inside = await readFromPrimary(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      return primaryReadsWanted()
    })
    expect(inside).toBe(true)
    expect(primaryReadsWanted()).toBe(false)
  })
})

describe('a coalescing pass', () => {
  it('runs once more after it ends when asked while running, however often it was asked', async () => {
    let runs = 0
    let release: () => void = () => undefined
    const pass = new CoalescingPass(
      async () => {
        runs += 1
        if (runs === 1) await new Promise<void>((resolve) => (release = resolve))
      },
      () => undefined,
    )
    pass.request()
    pass.request()
    pass.request()
    release()
    await pass.idle()
    expect(runs).toBe(2)
  })

  it('keeps serving requests after a pass fails', async () => {
    const errors: unknown[] = []
    let runs = 0
    const pass = new CoalescingPass(
      async () => {
        runs += 1
        if (runs === 1) throw new Error('smtp down')
      },
      (error) => errors.push(error),
    )
    pass.request()
    await pass.idle()
    pass.request()
    await pass.idle()
    expect(runs).toBe(2)
    expect(errors).toHaveLength(1)
  })
})
