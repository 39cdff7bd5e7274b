import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { poolOf } from '@/db/sql'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { recordAudit } from '../audit/recordAudit'
import { loadPreviewItem, previewTitleOf, type PreviewItem } from './loadPreviewItem'
import { previewLinkState, type PreviewLink } from './previewLinkState'
import { type Lang } from '@/i18n/lang'

export type SharedPreview =
  { state: 'usable'; link: PreviewLink; item: PreviewItem } | { state: 'expired' | 'revoked'; link: PreviewLink } | { state: 'unknown' }

/**
 * What a shared preview link opens: the item's current working copy, read with the access
 * of the staff member who made the link (so it never shows more than they could, and stops
 * when they are no longer staff or the item is gone). Each opening is audited, naming the
 * link; the viewer has no account, so the entry is the link's.
 */
export async function openSharedPreview(payload: Payload, options: { token: string; lang: Lang; now?: Date }): Promise<SharedPreview> {
  const found = await previewLinkState(poolOf(payload), options.token, options.now)
  if (found.state !== 'usable') return found
  const { link } = found
  // System work: the creator's account is read to act with their access, not shown.
  const creator = await payload.findByID({ collection: 'users', id: link.createdBy, depth: 0, disableErrors: true })
  const user = creator ? ({ ...creator, collection: 'users' } as TypedUser) : null
  const item = await loadPreviewItem(payload, { collection: link.collection, id: link.docId, lang: options.lang, user })
  if (!item) return { state: 'unknown' }
  const req = await createLocalReq({}, payload)
  await recordAudit({
    req,
    event: 'preview_link',
    summary: auditSummary('previewLinkViewed', { item: `${link.collection} #${link.docId} ${previewTitleOf(item)}`.trim(), link: link.id }),
    target: { collection: link.collection, id: link.docId },
    actorLabel: `preview link #${link.id}`,
    details: { action: 'viewed', linkId: link.id, lang: options.lang, viewedAt: (options.now ?? new Date()).toISOString() },
  })
  return { state: 'usable', link, item }
}
