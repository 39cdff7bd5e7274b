/** The year-end report is owed "before 25 December": 00:00 on 25 December in Viet Nam (UTC+7), as a UTC instant. */
export const defaultReportDue = (year: number): string => new Date(Date.UTC(year, 11, 25) - 7 * 3600_000).toISOString()
