import { describe, expect, it } from 'vitest'

import { proposeNextYear } from '@/programme/report/proposeNextYear'

const task = (number: number, due: string, status: 'not_started' | 'in_progress' | 'done' | 'late') => ({
  number,
  label: `Task ${number}`,
  text: `Work ${number}`,
  due,
  status,
})

describe("the report's proposals for next year", () => {
  it('carries on late and unfinished dated tasks and keeps standing ones even when late, leaving finished dated tasks out', () => {
    const lines = proposeNextYear(
      [task(6, 'regularly', 'late'), task(2, '2021-Q2', 'late'), task(8, '2021-Q2', 'done'), task(4, '2021-Q3', 'in_progress')],
      'en',
    )
    expect(lines).toEqual(['Continue Task 2 (late): Work 2', 'Continue Task 4 (not finished): Work 4', 'Keep Task 6 (standing task): Work 6'])
  })

  it('keeps a standing task even once marked done, and words it in Vietnamese', () => {
    expect(proposeNextYear([task(9, 'regularly', 'done')], 'vi')).toEqual(['Duy trì Task 9 (nhiệm vụ thường xuyên): Work 9'])
  })
})
