import { isContentCollection, type ContentCollection } from '@/content/contentCollections'
import { langOrDefault } from '@/i18n/lang'
import { hashSecret } from '@/platform/secrets/hashSecret'

/** A stored link, as the preview page and the panel need it. Its token is never stored, only its hash. */
export type PreviewLink = {
  id: number
  collection: ContentCollection
  docId: number
  lang: 'vi' | 'en'
  createdBy: number
  createdAt: Date
  expiresAt: Date
  revokedAt: Date | null
}

export type PreviewLinkState = { state: 'usable'; link: PreviewLink } | { state: 'expired' | 'revoked'; link: PreviewLink } | { state: 'unknown' }

/** Anything with node-postgres's `query`: Payload's pool, or the proxy's own. */
export type Queryable = { query: <R>(text: string, params: unknown[]) => Promise<{ rows: R[] }> }

type Row = {
  id: number
  collection: string
  doc_id: number
  lang: string
  created_by: number
  created_at: Date
  expires_at: Date
  revoked_at: Date | null
}

// newSecret() makes 43 URL-safe characters; anything else cannot be ours and is not looked up.
const TOKEN = /^[A-Za-z0-9_-]{43}$/

export const toPreviewLink = (row: Row): PreviewLink => ({
  id: Number(row.id),
  collection: row.collection as ContentCollection,
  docId: Number(row.doc_id),
  lang: langOrDefault(row.lang),
  createdBy: Number(row.created_by),
  createdAt: new Date(row.created_at),
  expiresAt: new Date(row.expires_at),
  revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
})

export const PREVIEW_LINK_COLUMNS = 'id, collection, doc_id, lang, created_by, created_at, expires_at, revoked_at'

/**
 * Where a shared preview link stands, read without changing anything. A forged or mistyped
 * token is `unknown` (404: nothing says it ever existed); a revoked or expired one names its
 * link (410: it existed, and ended). Revocation is reported before expiry.
 */
export async function previewLinkState(db: Queryable, token: string | null | undefined, now: Date = new Date()): Promise<PreviewLinkState> {
  if (typeof token !== 'string' || !TOKEN.test(token)) return { state: 'unknown' }
  const { rows } = await db.query<Row>(`SELECT ${PREVIEW_LINK_COLUMNS} FROM preview_links WHERE token_hash = $1`, [hashSecret(token)])
  const row = rows[0]
  if (!row || !isContentCollection(row.collection)) return { state: 'unknown' }
  const link = toPreviewLink(row)
  if (link.revokedAt) return { state: 'revoked', link }
  if (link.expiresAt.getTime() <= now.getTime()) return { state: 'expired', link }
  return { state: 'usable', link }
}
