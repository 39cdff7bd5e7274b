import type { Payload } from 'payload'

import { TYPE_OF } from '../contentTypes'
import { poolOf } from '@/db/sql'
import type { SiteCollection } from './findPublished'
import { type Lang } from '@/i18n/lang'

/** The public note of the item's latest major update and when it was published. */
export type PublicUpdate = { at: string; note: string }

/** A document as an item page receives it, with that note beside its fields. */
export type WithPublicUpdate<T> = T & { publicUpdate?: PublicUpdate | null }

/**
 * Read from the change log, not from the document: a row there is written in the
 * publication's own transaction, with `major`, the note in that language and the time of
 * that publication, and it is never rewritten. The document's `changeNote` alone could not
 * say when (or whether) it went out as a major update: it stays in place through later
 * minor versions. An English page of an item never written in English shows the
 * Vietnamese text, so it shows the Vietnamese note too.
 */
export async function loadPublicUpdate(payload: Payload, collection: SiteCollection, id: number, lang: Lang): Promise<PublicUpdate | null> {
  const { rows } = await poolOf(payload).query<{ change_note: string; occurred_at: Date }>(
    `SELECT change_note, occurred_at FROM delivery_changes
      WHERE content_type = $1 AND doc_id = $2 AND major AND change_note IS NOT NULL AND pub_status = 'usable'
        AND lang = CASE WHEN EXISTS (SELECT 1 FROM delivery_changes WHERE content_type = $1 AND doc_id = $2 AND lang = $3) THEN $3 ELSE 'vi' END
      ORDER BY id DESC LIMIT 1`,
    [TYPE_OF[collection], id, lang],
  )
  const row = rows[0]
  return row?.change_note.trim() ? { at: new Date(row.occurred_at).toISOString(), note: row.change_note.trim() } : null
}
