import type { PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { isStandingTask } from './taskStatus'

type CopyOptions = {
  req: PayloadRequest
  fromYear: number
  toYear: number
  decisionNumber: string
  reportDue: string
}

/**
 * Starts the next programme year: a year record with its own decision number, and a copy of
 * every task of `fromYear` (text, institutions, objectives and owners; not milestones,
 * progress or completion). A dated due period moves on by one year; standing tasks stay
 * standing. Runs in the request's transaction and is audited as one entry.
 */
export async function copyTasksForward({ req, fromYear, toYear, decisionNumber, reportDue }: CopyOptions): Promise<{ yearId: number; copied: number }> {
  const { payload } = req
  const [source] = (await payload.find({ collection: 'programme-years', where: { year: { equals: fromYear } }, limit: 1, depth: 0, req, overrideAccess: true }))
    .docs
  if (!source) throw new Error(`no programme year ${fromYear}`)
  const created = await payload.create({
    collection: 'programme-years',
    data: { year: toYear, decisionNumber, reportDue, hostInstitution: relId(source.hostInstitution)!, ministry: source.ministry, place: source.place },
    locale: 'vi',
    req,
    overrideAccess: true,
  })
  const en = await payload.findByID({ collection: 'programme-years', id: source.id, locale: 'en', depth: 0, req, overrideAccess: true })
  await payload.update({
    collection: 'programme-years',
    id: created.id,
    data: { ministry: en.ministry, place: en.place },
    locale: 'en',
    req,
    overrideAccess: true,
  })

  const tasks = await payload.find({
    collection: 'programme-tasks',
    where: { year: { equals: source.id } },
    limit: 500,
    depth: 0,
    locale: 'vi',
    sort: 'number',
    req,
    overrideAccess: true,
  })
  for (const task of tasks.docs) {
    const english = await payload.findByID({ collection: 'programme-tasks', id: task.id, locale: 'en', depth: 0, req, overrideAccess: true })
    const copy = await payload.create({
      collection: 'programme-tasks',
      data: {
        year: created.id,
        number: task.number,
        label: task.label,
        text: task.text,
        objectives: (task.objectives ?? []).map(relId) as number[],
        host: relId(task.host)!,
        coordination: (task.coordination ?? []).map(relId) as number[],
        due: nextDue(task.due, toYear - fromYear),
        inScope: task.inScope,
        ownerStaff: (task.ownerStaff ?? []).map(relId) as number[],
      },
      locale: 'vi',
      req,
      overrideAccess: true,
      context: { skipProgrammeAudit: true },
    })
    await payload.update({
      collection: 'programme-tasks',
      id: copy.id,
      data: { label: english.label, text: english.text },
      locale: 'en',
      req,
      overrideAccess: true,
      context: { skipProgrammeAudit: true },
    })
  }
  await recordAudit({
    req,
    event: 'programme_change',
    summary: auditSummary('tasksCopiedForward', { from: fromYear, to: toYear, count: tasks.docs.length }),
    target: { collection: 'programme-years', id: created.id },
    details: { fromYear, toYear, decisionNumber, tasks: tasks.docs.length },
  })
  return { yearId: created.id, copied: tasks.docs.length }
}

/** "2021-Q3" a year on is "2022-Q3"; "regularly" stays. */
export function nextDue(due: string, years: number): string {
  if (isStandingTask(due)) return due
  const match = /^(\d{4})-Q([1-4])$/.exec(due.trim())
  return match ? `${Number(match[1]) + years}-Q${match[2]}` : due
}

const relId = (value: number | { id: number } | null | undefined): number | undefined => (typeof value === 'object' && value ? value.id : (value ?? undefined))
