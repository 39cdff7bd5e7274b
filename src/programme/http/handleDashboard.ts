import type { PayloadRequest } from 'payload'

import { inBothLanguages } from '@/i18n/defineMessages'
import { programmeMessages } from '@/i18n/messages/programme'
import { AppError } from '@/platform/errors/appError'
import { loadDashboardFigures } from '../dashboard/loadDashboardFigures'
import { parseDashboardQuery } from '../parseProgrammeQuery'
import { requireStaff, withProgrammeErrors } from './programmeAccess'

/**
 * `GET /api/programme/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD&institution=CODE`: the
 * dashboard's figures per task and per objective, for staff. 401 without a session, 403 for
 * an agency key, 400 naming the parameter for a bad date, range or institution.
 */
export function handleDashboard(req: PayloadRequest): Promise<Response> {
  return withProgrammeErrors(req, async () => {
    requireStaff(req)
    const query = parseDashboardQuery(new URL(req.url ?? 'http://x/').searchParams, new Date())
    await assertInstitutionExists(req, query.institution)
    const figures = await loadDashboardFigures(req.payload, query, req.user!)
    return Response.json(figures, { headers: { 'Cache-Control': 'private, no-store' } })
  })
}

export async function assertInstitutionExists(req: PayloadRequest, code: string | null): Promise<void> {
  if (!code) return
  const { totalDocs } = await req.payload.count({ collection: 'institutions', where: { code: { equals: code } }, req, user: req.user, overrideAccess: false })
  if (totalDocs === 0)
    throw new AppError(
      'invalid_parameter',
      inBothLanguages(programmeMessages, (m) => m.badInstitution),
      { field: 'institution' },
    )
}
