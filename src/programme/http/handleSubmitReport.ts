import type { PayloadRequest } from 'payload'

import { mayEditProgrammeYear } from '@/access/programme'
import { recordAudit } from '@/audit/recordAudit'
import { inRequestTransaction } from '@/db/inRequestTransaction'
import { sqlFor } from '@/db/sql'
import { inBothLanguages } from '@/i18n/defineMessages'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { programmeMessages } from '@/i18n/messages/programme'
import { AppError } from '@/platform/errors/appError'
import { parsePathId } from '@/platform/http/pathId'
import { buildYearReport } from '../report/buildYearReport'
import { requireStaff, withProgrammeErrors } from './programmeAccess'

/**
 * `POST /api/programme-years/{id}/submit`: marks the year's report submitted and freezes a
 * copy in both languages, as a code revision is frozen; the reminders stop. Only someone who
 * may edit the year (its department's staff, admins) may submit; a second submit is 409.
 */
export function handleSubmitReport(req: PayloadRequest): Promise<Response> {
  return withProgrammeErrors(req, async () => {
    requireStaff(req)
    const id = parsePathId((req.routeParams as { id?: string } | undefined)?.id)
    if (id === null)
      throw new AppError(
        'invalid_id',
        inBothLanguages(programmeMessages, (m) => m.badYear),
        { field: 'id' },
      )
    const year = await req.payload.findByID({ collection: 'programme-years', id, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true })
    if (!year)
      throw new AppError(
        'not_found',
        inBothLanguages(programmeMessages, (m) => m.badYear),
        { field: 'id' },
      )
    if (year.submittedAt)
      throw new AppError(
        'revision_frozen',
        inBothLanguages(programmeMessages, (m) => m.alreadySubmitted),
      )
    // The edit right (the year's department, admins), before any work, from the collection's
    // own update rule. Read, not written: a save here would write back the year as read,
    // and could undo a submission that committed in between.
    const rule = await mayEditProgrammeYear({ req, id })
    const mayEdit =
      rule === true ||
      (rule !== false &&
        (await req.payload.count({ collection: 'programme-years', where: { and: [{ id: { equals: id } }, rule] }, req, overrideAccess: true })).totalDocs > 0)
    if (!mayEdit)
      throw new AppError(
        'forbidden',
        inBothLanguages(programmeMessages, (m) => m.cannotEditYear),
      )
    const now = new Date()
    const submittedAt = now.toISOString()
    await inRequestTransaction(req, async () => {
      // Claims the submission: of two submits at once, the second waits for the first's
      // commit here, finds the report submitted and answers 409.
      const claimed = await (
        await sqlFor(req)
      )('UPDATE programme_years SET submitted_at = $1 WHERE id = $2 AND submitted_at IS NULL RETURNING id', [submittedAt, id])
      if (claimed.length === 0)
        throw new AppError(
          'revision_frozen',
          inBothLanguages(programmeMessages, (m) => m.alreadySubmitted),
        )
      const [vi, en] = await Promise.all([
        buildYearReport(req.payload, { year: year.year, lang: 'vi', user: req.user!, now }),
        buildYearReport(req.payload, { year: year.year, lang: 'en', user: req.user!, now }),
      ])
      await req.payload.update({
        collection: 'programme-years',
        id,
        data: { submittedAt, submittedBy: req.user!.id, frozenReport: { vi: { ...vi, submittedAt }, en: { ...en, submittedAt } } },
        req,
        overrideAccess: true,
      })
      await recordAudit({
        req,
        event: 'programme_change',
        summary: auditSummary('reportSubmitted', { year: year.year }),
        target: { collection: 'programme-years', id },
      })
    })
    return Response.json({ id, year: year.year, submittedAt })
  })
}
