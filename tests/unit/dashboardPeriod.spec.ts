import { describe, expect, it } from 'vitest'

import { chooseProgrammeYear, fromDisplayDay, programmeYearToDate, toDisplayDay } from '@/programme/dashboardPeriod'

describe("the dashboard's period in the admin", () => {
  it('writes a day as dd/MM/yyyy and reads it back as YYYY-MM-DD', () => {
    expect(toDisplayDay('2021-03-09')).toBe('09/03/2021')
    expect(fromDisplayDay('09/03/2021')).toBe('2021-03-09')
    expect(fromDisplayDay(' 9/3/2021 ')).toBe('2021-03-09')
    expect(fromDisplayDay('2021-03-09')).toBe('2021-03-09')
  })

  it('reads neither a month-first American date nor free text as a day', () => {
    expect(fromDisplayDay('03-09-2021')).toBeNull()
    expect(fromDisplayDay('March 9, 2021')).toBeNull()
    expect(fromDisplayDay('')).toBeNull()
  })

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
