import type { Sql } from '@/db/sql'

/** Whether the newest public change of an item in one language leaves it live (not withdrawn). */
export async function isPublicNow(sql: Sql, itemId: string): Promise<boolean> {
  const [row] = await sql<{ pub_status: string }>(
    `SELECT pub_status FROM delivery_changes WHERE item_id = $1 AND event_public IS NOT NULL ORDER BY id DESC LIMIT 1`,
    [itemId],
  )
  return row?.pub_status === 'usable'
}
