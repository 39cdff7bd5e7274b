import type { ContentType } from '@/content/contentTypes'
import type { Sql } from '@/db/sql'
import type { NinjsItem } from '@/delivery/ninjs/types'
import { type Lang } from '@/i18n/lang'

/** One language of the change a notice is about, as the public received it. */
export type NoticeVersion = {
  itemId: string
  lang: Lang
  contentType: ContentType
  slug: string | null
  ninjs: NinjsItem
  pubStatus: 'usable' | 'canceled'
  changeNote: string | null
  occurredAt: Date
}

type Row = {
  item_id: string
  lang: Lang
  content_type: ContentType
  slug: string | null
  ninjs: NinjsItem
  pub_status: 'usable' | 'canceled'
  change_note: string | null
  occurred_at: Date
}

/**
 * Every language of the change a notice run names: the rows of the same document written
 * in the same transaction (they share its time), the public's first. A withdrawal under
 * embargo has only the trusted rows, which is what its readers (journalists) had. Each
 * reader is told in their own language when the document has it.
 */
export async function loadNoticeVersions(sql: Sql, changeId: number): Promise<Map<Lang, NoticeVersion>> {
  const rows = await sql<Row>(
    `SELECT o.item_id, o.lang, o.content_type, o.slug, o.ninjs, o.pub_status, o.change_note, o.occurred_at
       FROM delivery_changes c
       JOIN delivery_changes o ON o.content_type = c.content_type AND o.doc_id = c.doc_id AND o.occurred_at = c.occurred_at AND o.pub_status = c.pub_status
      WHERE c.id = $1
      ORDER BY (o.event_public IS NULL), o.id`,
    [changeId],
  )
  const versions = new Map<Lang, NoticeVersion>()
  for (const row of rows) {
    if (versions.has(row.lang)) continue
    versions.set(row.lang, {
      itemId: row.item_id,
      lang: row.lang,
      contentType: row.content_type,
      slug: row.slug,
      ninjs: row.ninjs,
      pubStatus: row.pub_status,
      changeNote: row.change_note,
      occurredAt: row.occurred_at,
    })
  }
  return versions
}
