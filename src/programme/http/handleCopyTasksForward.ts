import type { PayloadRequest } from 'payload'

import { inBothLanguages } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import { AppError } from '@/platform/errors/appError'
import { copyTasksForward } from '../copyTasksForward'
import { parseYear } from '../parseProgrammeQuery'
import { requireStaff, withProgrammeErrors } from './programmeAccess'

/** `POST /api/programme-years/copy-forward`: starts the next year from this one's tasks (admins). */
export function handleCopyTasksForward(req: PayloadRequest): Promise<Response> {
  return withProgrammeErrors(req, async () => {
    requireStaff(req, ['admin'])
    let body: Record<string, unknown>
    try {
      body = ((await req.json?.()) ?? {}) as Record<string, unknown>
    } catch {
      throw new AppError(
        'invalid_json',
        inBothLanguages(programmeMessages, (m) => m.badYear),
        { field: 'fromYear' },
      )
    }
    const fromYear = parseYear(body.fromYear, 'fromYear')
    const toYear = body.toYear === undefined ? fromYear + 1 : parseYear(body.toYear, 'toYear')
    const decisionNumber = typeof body.decisionNumber === 'string' ? body.decisionNumber.trim() : ''
    if (!decisionNumber)
      throw new AppError(
        'invalid_body',
        inBothLanguages(programmeMessages, (m) => m.decisionNumberRequired),
        { field: 'decisionNumber' },
      )
    const reportDue = typeof body.reportDue === 'string' && !Number.isNaN(Date.parse(body.reportDue)) ? new Date(body.reportDue).toISOString() : null
    if (!reportDue)
      throw new AppError(
        'invalid_body',
        inBothLanguages(programmeMessages, (m) => m.badDate('reportDue')),
        { field: 'reportDue' },
      )
    const count = async (year: number) =>
      (await req.payload.count({ collection: 'programme-years', where: { year: { equals: year } }, req, overrideAccess: true })).totalDocs
    if ((await count(fromYear)) === 0)
      throw new AppError(
        'invalid_body',
        inBothLanguages(programmeMessages, (m) => m.noSourceYear(fromYear)),
        { field: 'fromYear' },
      )
    if ((await count(toYear)) > 0)
      throw new AppError(
        'invalid_body',
        inBothLanguages(programmeMessages, (m) => m.yearExists(toYear)),
        { field: 'toYear' },
      )
    const result = await copyTasksForward({ req, fromYear, toYear, decisionNumber, reportDue })
    return Response.json({ year: toYear, ...result }, { status: 201 })
  })
}
