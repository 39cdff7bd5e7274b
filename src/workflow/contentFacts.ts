/** Small readings of a content item that the workflow, the scheduler and the queue share. */

type ContentDoc = { id?: unknown; title?: unknown; headline?: unknown; authors?: unknown }

/** Campaigns and briefing packs have a title, articles a headline. */
export const contentTitle = (doc: ContentDoc): string => String(doc.title ?? doc.headline ?? `#${String(doc.id)}`)

/** The ids of the people who wrote the current version, whether populated or not. */
export const authorIdsOf = (doc: ContentDoc): number[] =>
  ((doc.authors as unknown[] | null | undefined) ?? []).map((author) =>
    Number(typeof author === 'object' && author !== null ? (author as { id: unknown }).id : author),
  )

/** The id of a single relationship, whether populated or not; null when empty. */
export const relationId = (value: unknown): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value
  return id === null || id === undefined || id === '' ? null : Number(id)
}
