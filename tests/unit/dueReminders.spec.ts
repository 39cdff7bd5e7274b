import { describe, expect, it } from 'vitest'

import { daysLeft, dueReminders } from '@/programme/reminders/dueReminders'

// 25 December 2021 00:00 in Viet Nam.
const reportDue = new Date('2021-12-24T17:00:00Z')
const at = (iso: string) => new Date(iso)

describe('year-end report reminders', () => {
  it('sends nothing more than 30 days before the deadline', () => {
    expect(dueReminders({ reportDue, submittedAt: null, now: at('2021-11-24T16:00:00Z') })).toEqual([])
  })

  it('sends the 30-day reminder from 30 days before the deadline', () => {
    expect(dueReminders({ reportDue, submittedAt: null, now: at('2021-11-25T17:00:00Z') })).toEqual([30])
    expect(dueReminders({ reportDue, submittedAt: null, now: at('2021-12-10T00:00:00Z') })).toEqual([30])
  })

  it('sends the 7-day reminder from 7 days before, and only that one when both are reached', () => {
    expect(dueReminders({ reportDue, submittedAt: null, now: at('2021-12-17T17:00:00Z') })).toEqual([7])
    expect(dueReminders({ reportDue, submittedAt: null, now: at('2021-12-24T16:59:00Z') })).toEqual([7])
  })

  it('sends nothing once the report is submitted, or after the deadline', () => {
    expect(dueReminders({ reportDue, submittedAt: at('2021-12-01T00:00:00Z'), now: at('2021-12-20T00:00:00Z') })).toEqual([])
    expect(dueReminders({ reportDue, submittedAt: null, now: at('2021-12-24T17:00:00Z') })).toEqual([])
  })

  it('counts whole days left', () => {
    expect(daysLeft(reportDue, at('2021-11-24T17:00:00Z'))).toBe(30)
    expect(daysLeft(reportDue, at('2021-12-17T18:00:00Z'))).toBe(7)
  })
})
