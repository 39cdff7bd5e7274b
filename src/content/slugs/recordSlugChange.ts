/** One parameterised statement in the caller's transaction (see src/db/sql.ts `sqlFor`). */
type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>

type Publication = {
  /** The collection's slug, which is also the section of its public URLs. */
  collection: string
  /** The collection's live table; its versions are in `_<table>_v` (Payload's naming). */
  table: string
  id: number
  /** The slug the item is published under now. */
  slug: unknown
  at: Date
}

/**
 * Called in a publication's own transaction, after Payload has saved the new version.
 * The slug the item was public under until now is that of its previous published
 * version: the live row only ever changes by publishing (and withdrawing, which keeps
 * the slug), and it already holds the new slug here, while `previousDoc` is the working
 * copy, which holds it too. A changed slug is kept, so the old URL can answer 301. The
 * slug now live belongs to this item, whoever had it before: any history row for it goes.
 */
export async function recordSlugChange(sql: Sql, { collection, table, id, slug, at }: Publication): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Unexpected table name ${table}`)
  if (typeof slug !== 'string' || !slug) return
  const [previous] = await sql<{ slug: string | null }>(
    `SELECT version_slug AS slug FROM "_${table}_v"
      WHERE parent_id = $1 AND version__status = 'published'
      ORDER BY id DESC OFFSET 1 LIMIT 1`,
    [id],
  )
  await sql('DELETE FROM content_slug_history WHERE collection = $1 AND slug = $2', [collection, slug])
  if (!previous?.slug || previous.slug === slug) return
  await sql(
    `INSERT INTO content_slug_history (collection, slug, item_id, retired_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (collection, slug) DO UPDATE SET item_id = EXCLUDED.item_id, retired_at = EXCLUDED.retired_at`,
    [collection, previous.slug, id, at.toISOString()],
  )
}
