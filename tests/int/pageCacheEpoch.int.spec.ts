import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { contentEpoch, proxyPool } from '@/site/cache/contentEpoch'
import { getTestPayload } from '../helpers/testPayload'

/**
 * The page cache's content epoch, read from PostgreSQL as every instance reads it: it must
 * change when content is published or withdrawn (the generation rises) and the moment an
 * embargo ends, before anyone has lifted it, so no instance keeps serving a stale page.
 */
let payload: Payload
// Each reading is more than the epoch's one-second trust apart, so every call asks the database.
let clock = Date.now()
const read = () => {
  clock += 2_000
  return contentEpoch(clock)
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('the content epoch of the page cache', () => {
  it('stays the same while nothing changes', async () => {
    const first = await read()
    expect(first).toBeTruthy()
    expect(await read()).toBe(first)
  })

  it('changes when the delivery generation rises, as on a publication or withdrawal', async () => {
    const before = await read()
    await poolOf(payload).query('UPDATE delivery_state SET generation = generation + 1 WHERE id = 1')
    expect(await read()).not.toBe(before)
  })

  it('changes the moment the next embargo passes, even before it is lifted', async () => {
    const lift = new Date(clock + 5_000)
    await poolOf(payload).query('UPDATE delivery_state SET next_lift = $1 WHERE id = 1', [lift.toISOString()])
    const before = await read()
    clock = lift.getTime() + 1
    const after = await contentEpoch(clock)
    expect(after).not.toBe(before)
    expect(after).toContain(String(lift.getTime()))
  })

  it('trusts the epoch it read for a second, so a busy instance asks the database at most once a second', async () => {
    const seen = await read()
    await poolOf(payload).query('UPDATE delivery_state SET generation = generation + 1 WHERE id = 1')
    expect(await contentEpoch(clock + 500)).toBe(seen)
    expect(await contentEpoch(clock + 1_500)).not.toBe(seen)
  })

  it('survives the database closing its idle connections, as on a restart or failover, and reads the epoch again', async () => {
    const pool = proxyPool()!
    // With no 'error' listener of the app's own, a lost idle connection would end the whole process.
    expect(pool.listenerCount('error')).toBeGreaterThan(0)
    const pid = Number((await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid)
    const lost = new Promise((resolve) => pool.once('error', resolve))
    await poolOf(payload).query('SELECT pg_terminate_backend($1)', [pid])
    expect(await lost).toMatchObject({ code: '57P01' })
    expect(await read()).toBeTruthy()
  })
})
