import { describe, expect, it } from 'vitest'

import { programmeData } from '@/seed/programmeData'
import { TASK_OBJECTIVES } from '@/seed/seedProgramme'

/**
 * Why each task serves each objective: a phrase of the task's text and one of the
 * objective's, both as the decision (src/seed/data/programme-2021.json) words them.
 */
const GROUNDS: Record<string, [task: string, objective: string]> = {
  '1-3': ['sanctions on preventing child abuse online', 'prevention of child-abuse acts and content online'],
  '2-4': ['a network for rescuing and protecting children online', 'a network for rescuing, protecting and supporting children online'],
  '3-3': ['technical systems to prevent child-abuse data', 'technical solutions for early detection and proactive prevention'],
  '4-1': ['help children find, receive and share information', 'orient children towards safe and healthy interaction online'],
  '4-5': ['online applications', "products and applications that meet children's learning and entertainment needs online"],
  '5-1': ['code of conduct on child protection in cyberspace', 'threats to children in cyberspace'],
  '5-2': ['code of conduct on child protection', 'so that they can protect themselves and interact safely online'],
  '6-1': ['promote communication on preventing child abuse', 'Communicate to the whole of society'],
  '7-1': ['brief reporters, editors and journalists', 'Communicate to the whole of society'],
  '8-4': ['commitments on child online protection', 'protecting and supporting children online'],
  '9-1': ['Strengthen communication', 'Communicate to the whole of society'],
}

const taskText = (no: number) => programmeData.tasks.find((task) => task.no === no)?.en ?? ''
const objectiveText = (no: number) => programmeData.objectives.find((objective) => objective.no === no)?.en ?? ''

describe('the seeded pairing of tasks and objectives', () => {
  it("names exactly the decision's nine tasks, and only its five objectives, each once", () => {
    expect(Object.keys(TASK_OBJECTIVES).map(Number)).toEqual(programmeData.tasks.map((task) => task.no))
    const objectives = programmeData.objectives.map((objective) => objective.no)
    for (const [task, served] of Object.entries(TASK_OBJECTIVES)) {
      expect(served.length, `task ${task}`).toBeGreaterThan(0)
      expect(new Set(served).size, `task ${task}`).toBe(served.length)
      for (const objective of served) expect(objectives, `task ${task}`).toContain(objective)
    }
  })

  it('leaves no objective of the decision without a task serving it', () => {
    const served = new Set(Object.values(TASK_OBJECTIVES).flat())
    for (const objective of programmeData.objectives) expect(served.has(objective.no), `objective ${objective.no}`).toBe(true)
  })

  it("pairs a task with an objective only where the decision's wording of both shares the subject", () => {
    const pairs = Object.entries(TASK_OBJECTIVES).flatMap(([task, served]) => served.map((objective) => `${task}-${objective}`))
    expect(pairs.sort()).toEqual(Object.keys(GROUNDS).sort())
    for (const [pair, [inTask, inObjective]] of Object.entries(GROUNDS)) {
      const [task, objective] = pair.split('-').map(Number) as [number, number]
      expect(taskText(task), `task ${task}`).toContain(inTask)
      expect(objectiveText(objective), `objective ${objective}`).toContain(inObjective)
    }
  })
})
