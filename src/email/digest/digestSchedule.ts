import { ConfigError } from '@/config/ConfigError'

/** Viet Nam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
/** A digest whose hour passed longer ago than this (the app was down) is skipped, not sent late. */
export const DIGEST_CATCH_UP_MS = 6 * 60 * 60 * 1000

export type DigestPeriod = { kind: 'daily' | 'weekly'; period: string; start: Date; end: Date }

/** DIGEST_DAILY_HOUR: the hour (0–23, Viet Nam time) digests go out; 7 by default. */
export function digestHour(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DIGEST_DAILY_HOUR?.trim()
  if (!raw) return 7
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 23) throw new ConfigError(`DIGEST_DAILY_HOUR must be an hour from 0 to 23, got "${raw}".`)
  return Number(raw)
}

const ymd = (localMidnightUtc: number): string => new Date(localMidnightUtc + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)

/**
 * The digests due at `now`: the daily one once today's hour has passed in Viet Nam, and
 * the weekly one on Monday at that hour. Each is named by its local date, so every
 * instance computes the same period and the run is created once. Pure.
 */
export function dueDigestPeriods(now: Date, hour: number): DigestPeriod[] {
  const local = now.getTime() + VIETNAM_OFFSET_MS
  const localMidnight = local - (local % DAY_MS) - VIETNAM_OFFSET_MS // UTC instant of local midnight
  let dailyEnd = localMidnight + hour * 60 * 60 * 1000
  if (dailyEnd > now.getTime()) dailyEnd -= DAY_MS
  const due: DigestPeriod[] = []
  if (now.getTime() - dailyEnd <= DIGEST_CATCH_UP_MS) {
    due.push({ kind: 'daily', period: ymd(dailyEnd - hour * 60 * 60 * 1000), start: new Date(dailyEnd - DAY_MS), end: new Date(dailyEnd) })
  }
  // 1970-01-01 was a Thursday: Monday is day 4 of that count.
  const localDay = Math.floor((dailyEnd + VIETNAM_OFFSET_MS) / DAY_MS)
  if ((localDay - 4) % 7 === 0 && now.getTime() - dailyEnd <= DIGEST_CATCH_UP_MS) {
    due.push({ kind: 'weekly', period: `week-${ymd(dailyEnd - hour * 60 * 60 * 1000)}`, start: new Date(dailyEnd - 7 * DAY_MS), end: new Date(dailyEnd) })
  }
  return due
}
