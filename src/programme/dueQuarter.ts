/**
 * The last moment of a task's due period, in Viet Nam time: "2021-Q2" ends at the end of
 * 30 June 2021 (UTC+7). Null for standing tasks ("regularly") and for text it cannot read.
 */
export function dueQuarterEnd(due: string | null | undefined): Date | null {
  const match = /^(\d{4})-Q([1-4])$/.exec((due ?? '').trim())
  if (!match) return null
  const year = Number(match[1])
  const quarter = Number(match[2])
  // The first moment of the next quarter in Viet Nam, minus one millisecond.
  return new Date(Date.UTC(year, quarter * 3, 1) - 7 * 3600_000 - 1)
}
