import { describe, expect, it } from 'vitest'

import { selectDueTasks, type DeskTaskRecord } from '@/workflow/selectDueTasks'

const now = new Date('2021-08-15T03:00:00Z')
const task = (id: number, due: string, extra: Partial<DeskTaskRecord> = {}): DeskTaskRecord => ({ id, number: id, label: `Nhiệm vụ ${id}`, due, ...extra })

describe("the programme tasks on the editor's desk", () => {
  it('lists the tasks not yet done that are overdue or due within a quarter, overdue first', () => {
    const tasks = [
      task(1, '2021-Q3'), // ends 30/09/2021: due within the quarter
      task(2, '2021-Q2'), // ended 30/06/2021: overdue
      task(3, '2021-Q4'), // ends 31/12/2021: more than 92 days away
      task(4, '2020-Q4'), // overdue for longer
      task(5, '2021-Q2', { completedAt: '2021-07-01T00:00:00Z' }), // done late, but done
    ]
    const listed = selectDueTasks(tasks, now, 'vi')
    expect(listed.map((row) => [row.id, row.overdue])).toEqual([
      [4, true],
      [2, true],
      [1, false],
    ])
  })

  it('keeps a task whose completion is dated after today, and one that is under way but not done', () => {
    const later = task(6, '2021-Q2', { completedAt: '2021-09-01T00:00:00Z' })
    const started = task(7, '2021-Q3', { milestones: [{ date: '2021-07-01T00:00:00Z', reachedAt: '2021-07-01T00:00:00Z' }] })
    expect(selectDueTasks([later, started], now, 'vi').map((row) => row.id)).toEqual([6, 7])
  })

  it("words the due period in the reader's language, as the decision writes it", () => {
    const [overdue, due] = selectDueTasks([task(2, '2021-Q2'), task(1, '2021-Q3')], now, 'vi')
    expect([overdue!.dueText, due!.dueText]).toEqual(['Quý II/2021', 'Quý III/2021'])
    expect(selectDueTasks([task(2, '2021-Q2')], now, 'en')[0]!.dueText).toBe('Q2 2021')
  })

  it('dates a standing task by the end of its programme year, and says which year it runs through', () => {
    const standing = task(8, 'regularly', { year: { year: 2021 } })
    expect(selectDueTasks([standing], now, 'vi')).toEqual([])
    const [late] = selectDueTasks([standing], new Date('2021-11-01T00:00:00Z'), 'vi')
    expect(late).toMatchObject({ id: 8, overdue: false, dueText: 'Thường xuyên trong năm 2021', dueAt: '2021-12-31T16:59:59.999Z' })
    expect(selectDueTasks([standing], new Date('2022-02-01T00:00:00Z'), 'en')[0]).toMatchObject({ overdue: true, dueText: 'Regularly through 2021' })
    // Without its year there is no end to measure against.
    expect(selectDueTasks([task(9, 'regularly')], now, 'vi')).toEqual([])
  })
})
