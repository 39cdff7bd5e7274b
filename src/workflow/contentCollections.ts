/** The content types that go through the editorial workflow. */
export const CONTENT_COLLECTIONS = ['campaigns', 'articles', 'briefing-packs'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

export const isContentCollection = (value: unknown): value is ContentCollection =>
  (CONTENT_COLLECTIONS as readonly unknown[]).includes(value)
