import type { PayloadRequest } from 'payload'

import { isStaffMember } from '@/access/roles'
import { sqlFor } from '@/db/sql'
import { inBothLanguages } from '@/i18n/defineMessages'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { previewMessages } from '@/i18n/messages/preview'
import { AppError } from '@/platform/errors/appError'
import { recordAudit } from '../audit/recordAudit'

/**
 * Ends a shared preview link at once: from now on it answers 410. Any member of staff may
 * revoke any link (a leak is everyone's business); revoking twice changes nothing and is
 * audited once.
 */
export async function revokePreviewLink(req: PayloadRequest, linkId: number, now: Date = new Date()): Promise<{ id: number; revokedAt: string }> {
  if (!isStaffMember(req.user as Parameters<typeof isStaffMember>[0])) {
    // Signed in but not staff (an agency's key): forbidden. Nobody signed in: unauthorised.
    throw new AppError(
      req.user ? 'forbidden' : 'not_staff',
      inBothLanguages(previewMessages, (words) => words.notStaff),
    )
  }
  const sql = await sqlFor(req)
  // Only the request that ends the link writes it and audits it: a second revoke, even one
  // racing this one, waits for the row and then finds it already revoked.
  const [revoked] = await sql<{ collection: string; doc_id: number }>(
    `UPDATE preview_links SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING collection, doc_id`,
    [linkId, now.toISOString(), Number(req.user!.id)],
  )
  if (!revoked) {
    const [existing] = await sql<{ revoked_at: Date | null }>(`SELECT revoked_at FROM preview_links WHERE id = $1`, [linkId])
    if (!existing?.revoked_at)
      throw new AppError(
        'not_found',
        inBothLanguages(previewMessages, (words) => words.linkNotFound),
        { field: 'id' },
      )
    return { id: linkId, revokedAt: new Date(existing.revoked_at).toISOString() }
  }
  await recordAudit({
    req,
    event: 'preview_link',
    summary: auditSummary('previewLinkRevoked', { item: `${revoked.collection} #${revoked.doc_id}`, link: linkId }),
    target: { collection: revoked.collection, id: Number(revoked.doc_id) },
    details: { action: 'revoked', linkId },
  })
  return { id: linkId, revokedAt: now.toISOString() }
}
