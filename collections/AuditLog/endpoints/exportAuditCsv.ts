import type { Endpoint, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { toCsv } from '@/audit/toCsv'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { auditMessages } from '@/i18n/messages/audit'

const COLUMNS = ['createdAt', 'event', 'actorId', 'actorName', 'actorEmail', 'actorLabel', 'targetCollection', 'targetId', 'summary', 'details'] as const

/**
 * `GET /api/audit-log/export.csv?where[event][equals]=role_change`: the audit log as CSV,
 * filtered like the REST list, oldest first. Admins only.
 */
export const exportAuditCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      const message = messagesIn(auditMessages, langOfPayloadRequest(req)).exportAdminsOnly
      return Response.json({ errors: [{ message }] }, { status: req.user ? 403 : 401 })
    }
    const where = (req.query?.where ?? {}) as Where
    const result = await req.payload.find({
      collection: 'audit-log',
      where,
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const csv = toCsv(
      [...COLUMNS],
      result.docs.map((doc) => COLUMNS.map((column) => (doc as unknown as Record<string, unknown>)[column])),
    )
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
