import programme from './data/programme-2021.json' with { type: 'json' }

/** Text the decision gives in one or both languages. */
export type Bilingual = { vi?: string; en?: string }

export type ProgrammeData = {
  year: number
  institutions: Record<string, Bilingual>
  objectives: Array<{ no: number } & Bilingual>
  tasks: Array<{ no: number; host: string; coordination: string[]; due: string; inScope?: boolean } & Bilingual>
}

/** Decision 2264/QD-BTTTT's programme for 2021, shipped with the app so a fresh clone has it. */
export const programmeData = programme as ProgrammeData
