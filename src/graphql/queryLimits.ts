/**
 * How much one GraphQL document may ask for (see measureQueryCost for the weights). The
 * standard introspection query costs 229 and nests 15 deep; a generous agency query over
 * articles with their campaign, topics and images costs about 120. Thirty aliases of
 * `Articles { totalDocs }` fit; three hundred (3,300) are refused before any database work.
 * Fragments inside fragments nest three deep in the introspection query; the nesting limit
 * keeps every later rule's walk through them short (Payload's recurses once per level).
 */
export const QUERY_LIMITS = { maxCost: 300, maxDepth: 15, maxFragmentNesting: 10 } as const

export type QueryLimits = { maxCost: number; maxDepth: number; maxFragmentNesting: number }
