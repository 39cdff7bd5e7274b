import { describe, expect, it } from 'vitest'

import { chooseProgrammeYear, programmeYearToDate } from '@/programme/dashboardPeriod'

describe("the dashboard's period in the admin", () => {
  it('opens a finished programme year on the whole year, and the running one on the year to date in Viet Nam', () => {
    const now = new Date('2026-12-07T18:30:00Z') // already 8 December in Ha Noi
    expect(programmeYearToDate(2021, now)).toEqual({ from: '2021-01-01', to: '2021-12-31' })
    expect(programmeYearToDate(2026, now)).toEqual({ from: '2026-01-01', to: '2026-12-08' })
    expect(programmeYearToDate(2031, now)).toEqual({ from: '2031-01-01', to: '2031-12-31' })
  })

  it('chooses the year asked for when it has tasks, else the latest year that has tasks', () => {
    expect(chooseProgrammeYear([2021, 2022], undefined)).toBe(2022)
    expect(chooseProgrammeYear([2021, 2022], '2021')).toBe(2021)
    expect(chooseProgrammeYear([2021], '1999')).toBe(2021)
    expect(chooseProgrammeYear([], undefined)).toBeNull()
  })
})
