import type { PayloadRequest } from 'payload'

import { langOrDefault } from '@/i18n/lang'
import { isStaffMember } from '@/access/roles'
import type { ContentCollection } from '@/content/contentCollections'
import { sqlFor } from '@/db/sql'
import { inBothLanguages } from '@/i18n/defineMessages'
import { previewMessages } from '@/i18n/messages/preview'
import { AppError } from '@/platform/errors/appError'

export type ListedPreviewLink = { id: number; lang: 'vi' | 'en'; createdBy: string; createdAt: string; expiresAt: string }

/**
 * The item's shared links still in force, newest first, for the panel that revokes them.
 * Tokens are never shown again. Staff who can read the item only.
 */
export async function listPreviewLinks(req: PayloadRequest, options: { collection: ContentCollection; id: number; now?: Date }): Promise<ListedPreviewLink[]> {
  if (!isStaffMember(req.user as Parameters<typeof isStaffMember>[0])) {
    // Signed in but not staff (an agency's key): forbidden. Nobody signed in: unauthorised.
    throw new AppError(
      req.user ? 'forbidden' : 'not_staff',
      inBothLanguages(previewMessages, (words) => words.notStaff),
    )
  }
  // An item that does not exist, or that the caller may not read, has no links to show: 404, as creating one answers.
  const item = await req.payload.findByID({
    collection: options.collection,
    id: options.id,
    draft: true,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!item)
    throw new AppError(
      'not_found',
      inBothLanguages(previewMessages, (words) => words.itemNotFound),
      { field: 'id' },
    )
  const sql = await sqlFor(req)
  const rows = await sql<{ id: number; lang: string; created_at: Date; expires_at: Date; name: string | null; email: string | null }>(
    `SELECT l.id, l.lang, l.created_at, l.expires_at, u.name, u.email
       FROM preview_links l LEFT JOIN users u ON u.id = l.created_by
      WHERE l.collection = $1 AND l.doc_id = $2 AND l.revoked_at IS NULL AND l.expires_at > $3
      ORDER BY l.id DESC LIMIT 50`,
    [options.collection, options.id, (options.now ?? new Date()).toISOString()],
  )
  return rows.map((row) => ({
    id: Number(row.id),
    lang: langOrDefault(row.lang),
    createdBy: row.name?.trim() || row.email || '',
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  }))
}
