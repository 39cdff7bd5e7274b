import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../src/config/ConfigError'
import { databaseReplicaUrls } from '../../src/config/databaseReplicas'
import { readFromPrimary, primaryReadsWanted } from '../../src/db/readRouting'
import { isCredentialedRequest } from '../../src/runtime/credentialedRequest'

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
