const TABLES = { campaigns: 'campaigns', articles: 'articles', 'briefing-packs': 'briefing_packs' } as const
export type ItemSection = keyof typeof TABLES

/** `/articles/x`, `/en/briefing-packs/y`: the section, slug and language of a public item path. */
export function itemPathOf(pathname: string): { section: ItemSection; slug: string; lang: 'vi' | 'en' } | null {
  const match = /^\/(en\/)?(campaigns|articles|briefing-packs)\/([a-z0-9-]{1,200})\/?$/.exec(pathname)
  if (!match) return null
  return { lang: match[1] ? 'en' : 'vi', section: match[2] as ItemSection, slug: match[3]! }
}

type Queryable = { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }

/** Whether an item with this slug was published once and then withdrawn. Only the stage is read, never content. */
export async function selectWithdrawn(pool: Queryable, section: ItemSection, slug: string): Promise<boolean> {
  const { rows } = await pool.query(`SELECT 1 FROM ${TABLES[section]} WHERE slug = $1 AND stage = 'withdrawn' LIMIT 1`, [slug])
  return rows.length > 0
}
