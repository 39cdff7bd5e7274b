import type { Payload } from 'payload'

import { programmeData, type Bilingual } from './programmeData'
import { upsertLocalized } from './upsertLocalized'

/** Only the languages the source has: an empty locale reads as "not yet translated". */
const textIn = (source: Bilingual, locale: 'vi' | 'en') => (source[locale] ? { text: source[locale] } : {})

export type SeedSummary = { institutions: number; objectives: number; tasks: number }

/**
 * Which objectives (section I of the decision) each task (section II) serves. The decision
 * does not pair them; this is the newsroom's reading, for the dashboard's per-objective
 * figures, and admins may correct it on each task. Each pair rests on wording the task and
 * the objective share in the decision (tests/unit/taskObjectives.spec.ts holds the phrases):
 * task 1 (law and sanctions on preventing abuse) serves prevention (3) only; the rescue
 * network (4) is task 2's, and nothing in task 1's text names it.
 */
export const TASK_OBJECTIVES: Record<number, number[]> = { 1: [3], 2: [4], 3: [3], 4: [1, 5], 5: [1, 2], 6: [1], 7: [1], 8: [4], 9: [1] }

/** The 2021 decision's header data, which the year-end report prints. */
export const PROGRAMME_2021 = {
  decisionNumber: '2264/QĐ-BTTTT',
  decisionDate: '2020-12-22T00:00:00.000Z',
  // 25 December 2021 at 00:00 in Viet Nam: the report goes "before December 25".
  reportDue: '2021-12-24T17:00:00.000Z',
  hostInstitution: 'AIS',
  ministry: { vi: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG', en: 'MINISTRY OF INFORMATION AND COMMUNICATIONS' },
  place: { vi: 'Hà Nội', en: 'Ha Noi' },
}

/**
 * Loads the programme's institutions, objectives and tasks. Idempotent: it matches
 * on institution code and on objective and task numbers, so it runs at every start.
 */
export async function seedProgramme(payload: Payload): Promise<SeedSummary> {
  const institutionIds = new Map<string, number | string>()
  for (const [code, name] of Object.entries(programmeData.institutions)) {
    const id = await upsertLocalized({
      payload,
      collection: 'institutions',
      where: { code: { equals: code } },
      shared: { code },
      localized: { vi: { name: name.vi ?? name.en }, en: name.en ? { name: name.en } : {} },
    })
    institutionIds.set(code, id)
  }

  const objectiveIds = new Map<number, number | string>()
  for (const objective of programmeData.objectives) {
    const objectiveId = await upsertLocalized({
      payload,
      collection: 'programme-objectives',
      where: { number: { equals: objective.no } },
      shared: { number: objective.no },
      localized: {
        vi: { label: `Mục tiêu ${objective.no}`, ...textIn(objective, 'vi') },
        en: { label: `Objective ${objective.no}`, ...textIn(objective, 'en') },
      },
    })
    objectiveIds.set(objective.no, objectiveId)
  }

  const yearId = await ensureProgrammeYear(payload, institutionIds.get(PROGRAMME_2021.hostInstitution)!)

  const institution = (code: string) => {
    const id = institutionIds.get(code)
    if (id === undefined) throw new Error(`Programme data names an unknown institution code: ${code}`)
    return id
  }
  for (const task of programmeData.tasks) {
    const taskId = await upsertLocalized({
      payload,
      collection: 'programme-tasks',
      where: { and: [{ number: { equals: task.no } }, { or: [{ year: { equals: yearId } }, { year: { exists: false } }] }] },
      shared: {
        year: yearId,
        number: task.no,
        host: institution(task.host),
        coordination: task.coordination.map(institution),
        due: task.due,
        // The decision's data marks tasks 5, 6, 7 and 9, the ones this system serves.
        inScope: task.inScope === true,
      },
      localized: {
        vi: { label: `Nhiệm vụ ${task.no}`, ...textIn(task, 'vi') },
        en: { label: `Task ${task.no}`, ...textIn(task, 'en') },
      },
      context: { skipProgrammeAudit: true },
    })
    await pairObjectivesOnce(
      payload,
      taskId,
      (TASK_OBJECTIVES[task.no] ?? []).flatMap((no) => (objectiveIds.has(no) ? [objectiveIds.get(no)!] : [])),
    )
  }
  return {
    institutions: institutionIds.size,
    objectives: programmeData.objectives.length,
    tasks: programmeData.tasks.length,
  }
}

/** The seeded year is created once; its report's header and text are the staff's from then on. */
async function ensureProgrammeYear(payload: Payload, hostInstitution: number | string): Promise<number | string> {
  const { docs } = await payload.find({
    collection: 'programme-years',
    where: { year: { equals: programmeData.year } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  return upsertLocalized({
    payload,
    collection: 'programme-years',
    where: { year: { equals: programmeData.year } },
    shared: {
      year: programmeData.year,
      decisionNumber: PROGRAMME_2021.decisionNumber,
      decisionDate: PROGRAMME_2021.decisionDate,
      reportDue: PROGRAMME_2021.reportDue,
      hostInstitution,
    },
    localized: {
      vi: { ministry: PROGRAMME_2021.ministry.vi, place: PROGRAMME_2021.place.vi },
      en: { ministry: PROGRAMME_2021.ministry.en, place: PROGRAMME_2021.place.en },
    },
  })
}

/** A task gets the seed's objectives only while it has none, so an admin's correction stays. */
async function pairObjectivesOnce(payload: Payload, taskId: number | string, objectives: Array<number | string>): Promise<void> {
  const task = await payload.findByID({ collection: 'programme-tasks', id: taskId, depth: 0, overrideAccess: true })
  if ((task.objectives ?? []).length > 0 || objectives.length === 0) return
  await payload.update({
    collection: 'programme-tasks',
    id: taskId,
    data: { objectives: objectives as number[] },
    overrideAccess: true,
    context: { skipProgrammeAudit: true },
  })
}
