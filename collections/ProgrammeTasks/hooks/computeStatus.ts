import type { FieldHook } from 'payload'

import { taskStatus } from '@/programme/taskStatus'

type YearRef = number | { id: number; year?: number | null } | null | undefined

/** The task's status today, from its own record (src/programme/taskStatus.ts). */
export const computeStatus: FieldHook = async ({ siblingData, req }) => {
  const year = await yearNumber(siblingData.year as YearRef, req)
  return taskStatus(
    {
      due: siblingData.due,
      year,
      completedAt: siblingData.completedAt,
      milestones: siblingData.milestones,
      updates: siblingData.progressUpdates,
    },
    new Date(),
  )
}

/** The programme year's number; looked up once per request when only its id was read. */
async function yearNumber(ref: YearRef, req: Parameters<FieldHook>[0]['req']): Promise<number | null> {
  if (!ref) return null
  if (typeof ref === 'object') return ref.year ?? null
  const cache = ((req.context.programmeYears as Map<number, number | null> | undefined) ??= new Map())
  if (!cache.has(ref)) {
    // Only the year's number is read, to date the status of a task this reader may already see.
    const doc = await req.payload.findByID({ collection: 'programme-years', id: ref, depth: 0, req, overrideAccess: true, disableErrors: true })
    cache.set(ref, (doc as { year?: number } | null)?.year ?? null)
  }
  return cache.get(ref) ?? null
}
