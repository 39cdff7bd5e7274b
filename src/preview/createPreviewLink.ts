import type { PayloadRequest } from 'payload'

import { isStaffMember } from '@/access/roles'
import type { ContentCollection } from '@/content/contentCollections'
import { sqlFor } from '@/db/sql'
import { siteUrl } from '@/config/siteUrl'
import { inBothLanguages } from '@/i18n/defineMessages'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { previewMessages } from '@/i18n/messages/preview'
import { AppError } from '@/platform/errors/appError'
import { hashSecret, newSecret } from '@/platform/secrets/hashSecret'
import { recordAudit } from '../audit/recordAudit'
import { loadPreviewItem, previewTitleOf } from './loadPreviewItem'
import { previewLinkHours } from './previewLinkHours'
import { sharedPreviewPath } from './previewPaths'
import { type Lang } from '@/i18n/lang'

export type CreatedPreviewLink = { id: number; url: string; expiresAt: string }

/**
 * A link that opens an item's working copy for someone outside the newsroom, without
 * signing in, until it expires or is revoked. Only staff who can read the item may make
 * one. The token is shown once, in the answer; only its SHA-256 hash is stored, beside who
 * made it, and the creation is audited in the same transaction.
 */
export async function createPreviewLink(
  req: PayloadRequest,
  options: { collection: ContentCollection; id: number; lang: Lang; now?: Date },
): Promise<CreatedPreviewLink> {
  const { collection, id, lang } = options
  const now = options.now ?? new Date()
  if (!isStaffMember(req.user as Parameters<typeof isStaffMember>[0])) {
    // Signed in but not staff (an agency's key): forbidden. Nobody signed in: unauthorised.
    throw new AppError(
      req.user ? 'forbidden' : 'not_staff',
      inBothLanguages(previewMessages, (words) => words.notStaff),
    )
  }
  const item = await loadPreviewItem(req.payload, { collection, id, lang, user: req.user })
  if (!item)
    throw new AppError(
      'not_found',
      inBothLanguages(previewMessages, (words) => words.itemNotFound),
      { field: 'id' },
    )
  const token = newSecret()
  const expiresAt = new Date(now.getTime() + previewLinkHours() * 3_600_000)
  const sql = await sqlFor(req)
  const rows = await sql<{ id: number }>(
    `INSERT INTO preview_links (token_hash, collection, doc_id, lang, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [hashSecret(token), collection, id, lang, Number(req.user!.id), now.toISOString(), expiresAt.toISOString()],
  )
  const linkId = Number(rows[0]?.id)
  await recordAudit({
    req,
    event: 'preview_link',
    summary: auditSummary('previewLinkCreated', { item: `${collection} #${id} ${previewTitleOf(item)}`.trim(), until: { time: expiresAt.toISOString() } }),
    target: { collection, id },
    details: { action: 'created', linkId, lang, expiresAt: expiresAt.toISOString() },
  })
  return { id: linkId, url: `${siteUrl()}${sharedPreviewPath(lang, token)}`, expiresAt: expiresAt.toISOString() }
}
