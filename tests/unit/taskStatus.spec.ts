import { describe, expect, it } from 'vitest'

import { taskDueEnd, taskStatus } from '@/programme/taskStatus'

const at = (iso: string) => new Date(iso)

describe('a programme task status', () => {
  it('is not started while nothing was reported and the due quarter has not ended', () => {
    expect(taskStatus({ due: '2021-Q2', year: 2021 }, at('2021-04-10T00:00:00Z'))).toBe('not_started')
  })

  it('is in progress once a dated progress update exists', () => {
    expect(taskStatus({ due: '2021-Q2', year: 2021, updates: [{ date: '2021-04-01T00:00:00Z' }] }, at('2021-04-10T00:00:00Z'))).toBe('in_progress')
  })

  it('ignores a progress update dated after today', () => {
    expect(taskStatus({ due: '2021-Q2', year: 2021, updates: [{ date: '2021-05-01T00:00:00Z' }] }, at('2021-04-10T00:00:00Z'))).toBe('not_started')
  })

  it('is late the moment its quarter has ended in Viet Nam time without completion', () => {
    // 30 June 2021 23:59 in Viet Nam is 16:59 UTC; one minute after midnight it is late.
    expect(taskStatus({ due: '2021-Q2', year: 2021 }, at('2021-06-30T16:59:00Z'))).toBe('not_started')
    expect(taskStatus({ due: '2021-Q2', year: 2021 }, at('2021-06-30T17:01:00Z'))).toBe('late')
  })

  it('is done when completed, even after its due quarter', () => {
    expect(taskStatus({ due: '2021-Q2', year: 2021, completedAt: '2021-08-01T00:00:00Z' }, at('2021-12-01T00:00:00Z'))).toBe('done')
  })

  it('is not done yet when the completion date lies in the future', () => {
    expect(taskStatus({ due: '2021-Q3', year: 2021, completedAt: '2021-09-01T00:00:00Z' }, at('2021-08-01T00:00:00Z'))).toBe('not_started')
  })

  it('is late when a milestone date passed without being reached', () => {
    const milestones = [{ date: '2021-05-01T00:00:00Z', reachedAt: null }]
    expect(taskStatus({ due: '2021-Q3', year: 2021, milestones }, at('2021-05-02T00:00:00Z'))).toBe('late')
  })

  it('counts a reached milestone as progress', () => {
    const milestones = [{ date: '2021-05-01T00:00:00Z', reachedAt: '2021-04-28T00:00:00Z' }]
    expect(taskStatus({ due: '2021-Q3', year: 2021, milestones }, at('2021-05-02T00:00:00Z'))).toBe('in_progress')
  })

  it('runs a standing task until the end of its programme year', () => {
    expect(taskDueEnd({ due: 'regularly', year: 2021 })?.toISOString()).toBe('2021-12-31T16:59:59.999Z')
    expect(taskStatus({ due: 'regularly', year: 2021, updates: [{ date: '2021-03-01T00:00:00Z' }] }, at('2021-12-20T00:00:00Z'))).toBe('in_progress')
    expect(taskStatus({ due: 'regularly', year: 2021 }, at('2022-01-02T00:00:00Z'))).toBe('late')
  })

  it('never calls a task late when its due text cannot be read', () => {
    expect(taskStatus({ due: 'soon', year: 2021 }, at('2030-01-01T00:00:00Z'))).toBe('not_started')
  })
})
