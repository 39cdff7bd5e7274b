import { GraphQL } from '@payloadcms/graphql/types'
import type { DocumentNode, ValidationRule } from 'graphql'

import { measureQueryCost } from './measureQueryCost'
import type { QueryLimits } from './queryLimits'

export type QueryRefusal = { code: 'QUERY_TOO_COSTLY' | 'QUERY_TOO_DEEP' | 'FRAGMENT_CYCLE'; message: string }

/** Why this document must not run, or null when it is within the limits. Pure. */
export function refuseCostlyQuery(document: DocumentNode, limits: QueryLimits): QueryRefusal | null {
  const { cost, depth, fragmentNesting, fragmentCycle } = measureQueryCost(document)
  if (fragmentCycle) {
    return { code: 'FRAGMENT_CYCLE', message: `The query is refused: fragment "${fragmentCycle}" spreads itself, so it would never end.` }
  }
  if (cost > limits.maxCost) {
    return {
      code: 'QUERY_TOO_COSTLY',
      message: `The query is refused: its cost is ${Number.isFinite(cost) ? cost : 'unbounded'}, above the limit of ${limits.maxCost}. Every field and alias counts, and fields with sub-fields count 10; ask for less or split the query.`,
    }
  }
  if (fragmentNesting > limits.maxFragmentNesting) {
    return {
      code: 'QUERY_TOO_DEEP',
      message: `The query is refused: its fragments spread inside one another ${Number.isFinite(fragmentNesting) ? fragmentNesting : 'too many'} deep, above the limit of ${limits.maxFragmentNesting}.`,
    }
  }
  if (depth > limits.maxDepth) {
    return { code: 'QUERY_TOO_DEEP', message: `The query is refused: it nests ${depth} fields deep, above the limit of ${limits.maxDepth}.` }
  }
  return null
}

/**
 * A validation rule that reports a refusal once, at the start of the document. The error is
 * built from the graphql module Payload uses (not whichever copy this file resolves): the
 * GraphQL handler recognises errors by class, and answers anything else as a 200.
 */
export const reportRefusal =
  (refusal: QueryRefusal): ValidationRule =>
  (context) => ({
    Document(node) {
      context.reportError(new GraphQL.GraphQLError(refusal.message, { nodes: [node], extensions: { code: refusal.code } }))
    },
  })
