import type { Payload } from 'payload'

import { programmeData, type Bilingual } from './programmeData'
import { upsertLocalized } from './upsertLocalized'

/** Only the languages the source has: an empty locale reads as "not yet translated". */
const textIn = (source: Bilingual, locale: 'vi' | 'en') => (source[locale] ? { text: source[locale] } : {})

export type SeedSummary = { institutions: number; objectives: number; tasks: number }

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

  for (const objective of programmeData.objectives) {
    await upsertLocalized({
      payload,
      collection: 'programme-objectives',
      where: { number: { equals: objective.no } },
      shared: { number: objective.no },
      localized: {
        vi: { label: `Mục tiêu ${objective.no}`, ...textIn(objective, 'vi') },
        en: { label: `Objective ${objective.no}`, ...textIn(objective, 'en') },
      },
    })
  }

  const institution = (code: string) => {
    const id = institutionIds.get(code)
    if (id === undefined) throw new Error(`Programme data names an unknown institution code: ${code}`)
    return id
  }
  for (const task of programmeData.tasks) {
    await upsertLocalized({
      payload,
      collection: 'programme-tasks',
      where: { number: { equals: task.no } },
      shared: {
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
    })
  }
  return {
    institutions: institutionIds.size,
    objectives: programmeData.objectives.length,
    tasks: programmeData.tasks.length,
  }
}
