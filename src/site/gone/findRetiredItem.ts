import { isPubliclyVisible } from '@/access/publicContent'
import type { ItemSection } from '@/content/public/goneLookup'

const TABLES: Record<ItemSection, { table: string; title: string }> = {
  campaigns: { table: 'campaigns', title: 'title' },
  articles: { table: 'articles', title: 'headline' },
  'briefing-packs': { table: 'briefing_packs', title: 'title' },
}

type Queryable = { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }

/** What the 410 page may say of a withdrawn item: its title (it was public), when and why. Nothing of its content. */
export type Withdrawal = { title: string; withdrawnAt: string | null; reason: string | null }

/** `unknown`: no item has ever had this slug, so the site's 404 page answers without a render. */
export type Retired = ({ kind: 'withdrawn' } & Withdrawal) | { kind: 'moved'; slug: string } | { kind: 'unknown' }

type LiveRow = {
  slug: string | null
  _status: string | null
  stage: string | null
  embargo_until: Date | null
  withdrawn_at: Date | null
  withdrawal_reason: string | null
  title_here: string | null
  title_vi: string | null
}

const columns = (section: ItemSection) => {
  const { table, title } = TABLES[section]
  return `t.slug, t._status, t.stage, t.embargo_until, t.withdrawn_at, t.withdrawal_reason,
          (SELECT l.${title} FROM "${table}_locales" l WHERE l._parent_id = t.id AND l._locale::text = $2) AS title_here,
          (SELECT l.${title} FROM "${table}_locales" l WHERE l._parent_id = t.id AND l._locale::text = 'vi') AS title_vi`
}

const withdrawalOf = (row: LiveRow): Retired => ({
  kind: 'withdrawn',
  title: row.title_here?.trim() || row.title_vi?.trim() || '',
  withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at).toISOString() : null,
  reason: row.withdrawal_reason?.trim() || null,
})

/**
 * What an item path that shows no live item answers with: an item withdrawn under this
 * slug (410, with the reason and date), or an item that was public under this slug and
 * has moved to another one (301), found in content_slug_history. A live item that has
 * the slug now always wins over the history, and a moved item is followed only while it
 * is public by the one rule every channel uses. The proxy's small pool asks; only live
 * rows' facts are read, never content. A slug no public item has ever had (unused, or
 * held by a draft only) is `unknown`.
 */
export async function findRetiredItem(pool: Queryable, section: ItemSection, slug: string, lang: 'vi' | 'en'): Promise<Retired | null> {
  const { table } = TABLES[section]
  const withdrawn = await pool.query(`SELECT ${columns(section)} FROM "${table}" t WHERE t.slug = $1 AND t.stage = 'withdrawn' LIMIT 1`, [slug, lang])
  if (withdrawn.rows[0]) return withdrawalOf(withdrawn.rows[0] as LiveRow)
  const { rows: holders } = await pool.query(`SELECT t._status FROM "${table}" t WHERE t.slug = $1 LIMIT 1`, [slug])
  // A published item has this slug: the page decides what the reader may see.
  if ((holders[0] as { _status: string | null } | undefined)?._status === 'published') return null
  const moved = await pool.query(
    `SELECT ${columns(section)}
       FROM content_slug_history h JOIN "${table}" t ON t.id = h.item_id
      WHERE h.collection = $3 AND h.slug = $1 AND t.slug IS DISTINCT FROM $1
        AND NOT EXISTS (SELECT 1 FROM "${table}" o WHERE o.slug = $1 AND o._status = 'published')
      LIMIT 1`,
    [slug, lang, section],
  )
  const row = moved.rows[0] as LiveRow | undefined
  // No public item has or had this slug (at most a draft holds it): the same 404 as for a
  // slug never used, drawn before any page renders, so a draft leaves no trace either.
  if (!row?.slug) return { kind: 'unknown' }
  if (row.stage === 'withdrawn') return withdrawalOf(row)
  const live = isPubliclyVisible(
    { _status: row._status, stage: row.stage, embargoUntil: row.embargo_until ? new Date(row.embargo_until).toISOString() : null },
    new Date(),
  )
  return live ? { kind: 'moved', slug: row.slug } : null
}
