/** The collections whose items have a public page a rich-text link can point to. */
export const LINKABLE_COLLECTIONS = ['campaigns', 'articles', 'briefing-packs'] as const
export type LinkableCollection = (typeof LINKABLE_COLLECTIONS)[number]

export type LinkTarget = { collection: LinkableCollection; id: number }

const isLinkable = (value: unknown): value is LinkableCollection => (LINKABLE_COLLECTIONS as readonly unknown[]).includes(value)

/**
 * The item an internal Lexical link points to, from its `fields.doc`. Payload leaves
 * `value` as the id when the link was not populated (depth 0, or a target the reader may
 * not see) and puts the whole document there when it was: both give the same target.
 * Anything else (a user, a media file, a broken link) has no public page: null.
 */
export function readLinkTarget(fields: unknown): LinkTarget | null {
  if (!fields || typeof fields !== 'object') return null
  const { linkType, doc } = fields as { linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } | null }
  if (linkType !== 'internal' || !doc || !isLinkable(doc.relationTo)) return null
  const raw = doc.value && typeof doc.value === 'object' ? (doc.value as { id?: unknown }).id : doc.value
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  return Number.isSafeInteger(id) && id > 0 ? { collection: doc.relationTo, id } : null
}

export const targetKey = (target: LinkTarget): string => `${target.collection}:${target.id}`
