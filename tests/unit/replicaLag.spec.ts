import { describe, expect, it } from 'vitest'

import { DEFAULT_REPLICA_MAX_LAG_MS, replicaMaxLagMs } from '@/config/replicaMaxLag'
import { parseLsn, pruneSamples, replicaLagMs } from '@/db/replicaLag'

describe('parseLsn', () => {
  it('reads a WAL position as one number, the high half first', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n)
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n)
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true)
  })

  it('refuses text that is not a WAL position', () => {
    expect(() => parseLsn('16-B374D848')).toThrow(/WAL position/)
    expect(() => parseLsn('')).toThrow(/WAL position/)
  })
})

describe('replicaLagMs', () => {
  const samples = [
    { at: 1_000, lsn: 100n },
    { at: 2_000, lsn: 200n },
    { at: 3_000, lsn: 300n },
  ]

  it('is zero for a replica that has replayed the newest position noted', () => {
    expect(replicaLagMs(samples, 300n, 3_050)).toBe(0)
    expect(replicaLagMs(samples, 350n, 3_050)).toBe(0)
  })

  it('is the age of the oldest position the replica has not reached', () => {
    expect(replicaLagMs(samples, 250n, 3_500)).toBe(500)
    expect(replicaLagMs(samples, 150n, 3_500)).toBe(1_500)
    expect(replicaLagMs(samples, 50n, 3_500)).toBe(2_500)
  })

  it('grows while a paused replica stays where it was', () => {
    expect(replicaLagMs(samples, 150n, 10_000)).toBeGreaterThan(replicaLagMs(samples, 150n, 4_000))
  })

  it('is zero when nothing has been noted yet', () => {
    expect(replicaLagMs([], 0n, 5_000)).toBe(0)
  })
})

describe('pruneSamples', () => {
  it('drops samples older than the window but always keeps the newest', () => {
    const samples = [
      { at: 1_000, lsn: 1n },
      { at: 9_000, lsn: 2n },
    ]
    expect(pruneSamples(samples, 10_000, 5_000)).toEqual([{ at: 9_000, lsn: 2n }])
    expect(pruneSamples(samples, 100_000, 5_000)).toEqual([{ at: 9_000, lsn: 2n }])
  })
})

describe('replicaMaxLagMs', () => {
  it('defaults to five seconds and accepts a whole number of milliseconds', () => {
    expect(replicaMaxLagMs({})).toBe(DEFAULT_REPLICA_MAX_LAG_MS)
    expect(replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_MS: '1500' })).toBe(1_500)
  })

  it('stops the start for a value that is not a sensible number of milliseconds', () => {
    for (const value of ['abc', '2.5', '0', '99', '3600001']) {
      expect(() => replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_MS: value })).toThrow(/DATABASE_REPLICA_MAX_LAG_MS/)
    }
  })
})
