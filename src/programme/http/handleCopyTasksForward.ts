import type { PayloadRequest } from 'payload'

import { inBothLanguages } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import { inRequestTransaction } from '@/db/inRequestTransaction'
import { AppError } from '@/platform/errors/appError'
import { copyTasksForward } from '../copyTasksForward'
import { parseDayOrInstant, parseYear } from '../parseProgrammeQuery'
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
        inBothLanguages(programmeMessages, (m) => m.invalidJson),
        { field: 'body' },
      )
    }
    const fromYear = parseYear(body.fromYear, 'fromYear')
    const toYear = parseYear(body.toYear === undefined ? fromYear + 1 : body.toYear, 'toYear')
    if (toYear <= fromYear)
      throw new AppError(
        'invalid_body',
        inBothLanguages(programmeMessages, (m) => m.toYearAfter(fromYear)),
        { field: 'toYear' },
      )
    const decisionNumber = typeof body.decisionNumber === 'string' ? body.decisionNumber.trim() : ''
    if (!decisionNumber)
      throw new AppError(
        'invalid_body',
        inBothLanguages(programmeMessages, (m) => m.decisionNumberRequired),
        { field: 'decisionNumber' },
      )
    const reportDue = parseDayOrInstant(body.reportDue, 'reportDue').toISOString()
    // One transaction: a copy that fails half-way leaves no half year behind to block a retry.
    const result = await inRequestTransaction(req, async () => {
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
      return copyTasksForward({ req, fromYear, toYear, decisionNumber, reportDue })
    })
    return Response.json({ year: toYear, ...result }, { status: 201 })
  })
}
