import { describe, expect, it } from 'vitest'

import { fromDisplayDateTime, fromDisplayDay, toDisplayDateTime, toDisplayDay } from '@/i18n/typedDates'

describe('a day typed in the admin', () => {
  it('is written dd/MM/yyyy and read back as YYYY-MM-DD', () => {
    expect(toDisplayDay('2021-03-09')).toBe('09/03/2021')
    expect(fromDisplayDay('09/03/2021')).toBe('2021-03-09')
    expect(fromDisplayDay(' 9/3/2021 ')).toBe('2021-03-09')
    expect(fromDisplayDay('2021-03-09')).toBe('2021-03-09')
  })

  it('is never a month-first American date or free text', () => {
    expect(fromDisplayDay('03-09-2021')).toBeNull()
    expect(fromDisplayDay('March 9, 2021')).toBeNull()
    expect(fromDisplayDay('')).toBeNull()
  })

  it('is refused when the calendar does not have it, rather than rolled into the next month', () => {
    expect(fromDisplayDay('31/02/2021')).toBeNull()
    expect(fromDisplayDay('29/02/2021')).toBeNull()
    expect(fromDisplayDay('29/02/2024')).toBe('2024-02-29')
    expect(fromDisplayDay('12/13/2021')).toBeNull()
    expect(fromDisplayDay('00/01/2021')).toBeNull()
    expect(fromDisplayDay('2021-02-31')).toBeNull()
  })
})

describe('a date and time typed in the admin', () => {
  it('is read as dd/MM/yyyy HH:mm in Viet Nam time and kept as a UTC instant', () => {
    expect(fromDisplayDateTime('25/12/2021 14:30')).toBe('2021-12-25T07:30:00.000Z')
    expect(fromDisplayDateTime(' 5/1/2027 7:05 ')).toBe('2027-01-05T00:05:00.000Z')
  })

  it('crosses midnight the Viet Nam way: early morning there is the evening before in UTC', () => {
    expect(fromDisplayDateTime('01/01/2027 01:30')).toBe('2026-12-31T18:30:00.000Z')
  })

  it('is written back the way it was typed, so a saved time reads as the editor wrote it', () => {
    expect(toDisplayDateTime(fromDisplayDateTime('02/12/2026 07:50'))).toBe('02/12/2026 07:50')
    expect(toDisplayDateTime(null)).toBe('')
  })

  it('is refused without its time, with AM/PM, past 23:59, month first or on a day the calendar lacks', () => {
    expect(fromDisplayDateTime('25/12/2021')).toBeNull()
    expect(fromDisplayDateTime('25/12/2021 2:30 PM')).toBeNull()
    expect(fromDisplayDateTime('25/12/2021 24:00')).toBeNull()
    expect(fromDisplayDateTime('25/12/2021 14:60')).toBeNull()
    expect(fromDisplayDateTime('12/25/2021 14:30')).toBeNull()
    expect(fromDisplayDateTime('31/04/2027 09:00')).toBeNull()
    expect(fromDisplayDateTime('2021-12-25T14:30')).toBeNull()
    expect(fromDisplayDateTime('')).toBeNull()
  })
})
