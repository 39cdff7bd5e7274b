import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { DIGEST_CATCH_UP_MS, digestHour, dueDigestPeriods } from '@/email/digest/digestSchedule'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const at = (iso: string) => new Date(iso)
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv
const kinds = (now: Date, hour = 7) => dueDigestPeriods(now, hour).map((period) => period.kind)
const dailyOf = (now: Date, hour = 7) => dueDigestPeriods(now, hour).find((period) => period.kind === 'daily')
const weeklyOf = (now: Date, hour = 7) => dueDigestPeriods(now, hour).find((period) => period.kind === 'weekly')

// 2026-11-29 is a Sunday, 2026-11-30 a Monday, 2026-12-01 a Tuesday (in Viet Nam as in UTC at noon).

describe('daily digests', () => {
  it('are due at 07:00 in Viet Nam, which is 00:00 UTC, and cover the day before', () => {
    const now = at('2026-12-01T00:00:00.000Z') // Tuesday 07:00 in Viet Nam
    expect(kinds(now)).toEqual(['daily'])
    expect(dailyOf(now)).toEqual({ kind: 'daily', period: '2026-12-01', start: at('2026-11-30T00:00:00.000Z'), end: at('2026-12-01T00:00:00.000Z') })
  })

  it('are not due a millisecond before the hour, when yesterday’s is far too late to send', () => {
    expect(dueDigestPeriods(at('2026-11-30T23:59:59.999Z'), 7)).toEqual([])
    expect(dueDigestPeriods(at('2026-12-01T06:59:59.999Z'), 14)).toEqual([])
  })

  it('are not due at 07:00 UTC, which is already 14:00 in Viet Nam and more than six hours late', () => {
    expect(dueDigestPeriods(at('2026-12-01T07:00:00.000Z'), 7)).toEqual([])
  })

  it('are named by the local date, not the UTC date, when the hour falls on the previous UTC day', () => {
    // 00:00 on 1 December in Viet Nam is 17:00 on 30 November UTC.
    const midnight = dailyOf(at('2026-11-30T17:00:00.000Z'), 0)
    expect(midnight).toMatchObject({ period: '2026-12-01', end: at('2026-11-30T17:00:00.000Z'), start: at('2026-11-29T17:00:00.000Z') })
    // 03:30 on 1 December in Viet Nam is 20:30 on 30 November UTC.
    expect(dailyOf(at('2026-11-30T20:30:00.000Z'), 3)?.period).toBe('2026-12-01')
  })

  it('keep the date of the day whose hour passed when catching up after local midnight', () => {
    // 23:00 on 30 November in Viet Nam is 16:00 UTC; at 00:30 on 1 December it is still that digest.
    const late = dailyOf(at('2026-11-30T17:30:00.000Z'), 23)
    expect(late).toMatchObject({ period: '2026-11-30', end: at('2026-11-30T16:00:00.000Z') })
  })

  it('honour the configured hour', () => {
    expect(dailyOf(at('2026-12-01T11:00:00.000Z'), 18)).toMatchObject({ period: '2026-12-01', end: at('2026-12-01T11:00:00.000Z') })
    expect(dueDigestPeriods(at('2026-12-01T10:59:00.000Z'), 18)).toEqual([])
  })
})

describe('weekly digests', () => {
  it('are due on Monday at the daily hour, beside the daily one, and cover the week before', () => {
    const now = at('2026-11-30T00:00:00.000Z') // Monday 07:00 in Viet Nam
    expect(kinds(now)).toEqual(['daily', 'weekly'])
    expect(weeklyOf(now)).toEqual({ kind: 'weekly', period: 'week-2026-11-30', start: at('2026-11-23T00:00:00.000Z'), end: at('2026-11-30T00:00:00.000Z') })
  })

  it('are due only on Mondays', () => {
    const mondays: string[] = []
    for (let day = 0; day < 14; day += 1) {
      const now = new Date(at('2026-11-26T00:30:00.000Z').getTime() + day * DAY) // 07:30 in Viet Nam, Thursday 26 November onwards
      expect(kinds(now)).toContain('daily')
      const weekly = weeklyOf(now)
      if (weekly) mondays.push(weekly.period)
    }
    expect(mondays).toEqual(['week-2026-11-30', 'week-2026-12-07'])
  })

  it('follow Monday in Viet Nam, not Monday in UTC', () => {
    // Monday 00:30 in Viet Nam is still Sunday in UTC: the weekly digest is due (hour 0).
    expect(weeklyOf(at('2026-11-29T17:30:00.000Z'), 0)?.period).toBe('week-2026-11-30')
    // Tuesday 00:30 in Viet Nam is still Monday in UTC: no weekly digest.
    expect(weeklyOf(at('2026-11-30T17:30:00.000Z'), 0)).toBeUndefined()
  })
})

describe('catching up', () => {
  it('sends a digest up to six hours late and skips it after that', () => {
    const hourPassed = at('2026-11-30T00:00:00.000Z').getTime()
    expect(DIGEST_CATCH_UP_MS).toBe(6 * HOUR)
    expect(kinds(new Date(hourPassed + 6 * HOUR))).toEqual(['daily', 'weekly'])
    expect(kinds(new Date(hourPassed + 6 * HOUR + 1))).toEqual([])
    expect(kinds(new Date(hourPassed + 23 * HOUR))).toEqual([])
  })

  it('names the same period from any instant within the window, so every instance starts the same run', () => {
    const hourPassed = at('2026-11-30T00:00:00.000Z').getTime()
    const expected = dueDigestPeriods(new Date(hourPassed), 7)
    for (const offset of [1, MINUTE, 59 * MINUTE, 2 * HOUR + 17 * MINUTE, 5 * HOUR + 59 * MINUTE, 6 * HOUR]) {
      expect(dueDigestPeriods(new Date(hourPassed + offset), 7)).toEqual(expected)
    }
  })
})

describe('DIGEST_DAILY_HOUR', () => {
  it('defaults to 7 when unset or blank', () => {
    expect(digestHour(env({}))).toBe(7)
    expect(digestHour(env({ DIGEST_DAILY_HOUR: '' }))).toBe(7)
    expect(digestHour(env({ DIGEST_DAILY_HOUR: '   ' }))).toBe(7)
  })

  it('reads whole hours from 0 to 23', () => {
    expect(digestHour(env({ DIGEST_DAILY_HOUR: '0' }))).toBe(0)
    expect(digestHour(env({ DIGEST_DAILY_HOUR: '07' }))).toBe(7)
    expect(digestHour(env({ DIGEST_DAILY_HOUR: ' 9 ' }))).toBe(9)
    expect(digestHour(env({ DIGEST_DAILY_HOUR: '23' }))).toBe(23)
  })

  it.each(['24', '-1', '7.5', 'seven', '7am', '100', '1e1', '0x7'])('refuses %j with a configuration error that names the setting and the value', (raw) => {
    expect(() => digestHour(env({ DIGEST_DAILY_HOUR: raw }))).toThrow(ConfigError)
    expect(() => digestHour(env({ DIGEST_DAILY_HOUR: raw }))).toThrow(/DIGEST_DAILY_HOUR/)
    expect(() => digestHour(env({ DIGEST_DAILY_HOUR: raw }))).toThrow(raw)
  })
})
