import { describe, expect, it } from 'vitest'

import { AppError } from '@/platform/errors/appError'
import { parseDashboardQuery, parseReportFormat, parseYear } from '@/programme/parseProgrammeQuery'
import { nextDue } from '@/programme/copyTasksForward'

const now = new Date('2021-10-05T03:00:00Z')
const fieldOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.field}` : String(error)
  }
  return 'no error'
}

describe('the dashboard query', () => {
  it('defaults to the programme year to date in Viet Nam days', () => {
    const query = parseDashboardQuery(new URLSearchParams(), now)
    expect(query.from.toISOString()).toBe('2020-12-31T17:00:00.000Z')
    expect(query.to.toISOString()).toBe('2021-10-05T17:00:00.000Z')
    expect(query.institution).toBeNull()
  })

  it('counts the whole of the `to` day', () => {
    const query = parseDashboardQuery(new URLSearchParams('from=2021-04-01&to=2021-06-30&institution=ais'), now)
    expect(query.from.toISOString()).toBe('2021-03-31T17:00:00.000Z')
    expect(query.to.toISOString()).toBe('2021-06-30T17:00:00.000Z')
    expect(query.institution).toBe('AIS')
  })

  it('refuses a date that is not a real YYYY-MM-DD day, naming the field', () => {
    expect(fieldOf(() => parseDashboardQuery(new URLSearchParams('from=2021-02-30'), now))).toBe('400 from')
    expect(fieldOf(() => parseDashboardQuery(new URLSearchParams('to=yesterday'), now))).toBe('400 to')
  })

  it('refuses a period that ends before it starts', () => {
    expect(fieldOf(() => parseDashboardQuery(new URLSearchParams('from=2021-05-01&to=2021-04-01'), now))).toBe('400 to')
  })

  it('refuses an unknown parameter and a malformed institution', () => {
    expect(fieldOf(() => parseDashboardQuery(new URLSearchParams('since=1'), now))).toBe('400 since')
    expect(fieldOf(() => parseDashboardQuery(new URLSearchParams('institution=%27;drop'), now))).toBe('400 institution')
  })
})

describe('the report query', () => {
  it('reads html by default and refuses an unknown format', () => {
    expect(parseReportFormat(null)).toBe('html')
    expect(parseReportFormat('docx')).toBe('docx')
    expect(fieldOf(() => parseReportFormat('xlsx'))).toBe('400 format')
  })

  it('refuses a year that is not four digits', () => {
    expect(parseYear('2021', 'year')).toBe(2021)
    expect(fieldOf(() => parseYear('21', 'year'))).toBe('400 year')
  })
})

describe('copying tasks forward', () => {
  it('moves a dated due period on by the years between and keeps standing tasks standing', () => {
    expect(nextDue('2021-Q3', 1)).toBe('2022-Q3')
    expect(nextDue('regularly', 1)).toBe('regularly')
  })
})
