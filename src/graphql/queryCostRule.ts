import { GraphQL } from '@payloadcms/graphql/types'
import type { DocumentNode, ValidationRule } from 'graphql'

import { messagesIn } from '@/i18n/defineMessages'
import type { Lang } from '@/i18n/lang'
import { graphqlLimitMessages } from '@/i18n/messages/graphqlLimits'

import { measureQueryCost } from './measureQueryCost'
import type { QueryLimits } from './queryLimits'

export type QueryRefusal = { code: 'QUERY_TOO_COSTLY' | 'QUERY_TOO_DEEP' | 'FRAGMENT_CYCLE'; message: string }

/** Why this document must not run, in the asker's language, or null when it is within the limits. Pure. */
export function refuseCostlyQuery(document: DocumentNode, limits: QueryLimits, lang: Lang = 'vi'): QueryRefusal | null {
  const { cost, depth, fragmentNesting, fragmentCycle } = measureQueryCost(document)
  const words = messagesIn(graphqlLimitMessages, lang)
  if (fragmentCycle) return { code: 'FRAGMENT_CYCLE', message: words.fragmentCycle(fragmentCycle) }
  if (cost > limits.maxCost) {
    return { code: 'QUERY_TOO_COSTLY', message: words.tooCostly(Number.isFinite(cost) ? String(cost) : words.unbounded, limits.maxCost) }
  }
  if (fragmentNesting > limits.maxFragmentNesting) {
    const nesting = Number.isFinite(fragmentNesting) ? String(fragmentNesting) : words.tooMany
    return { code: 'QUERY_TOO_DEEP', message: words.fragmentsTooDeep(nesting, limits.maxFragmentNesting) }
  }
  if (depth > limits.maxDepth) return { code: 'QUERY_TOO_DEEP', message: words.tooDeep(depth, limits.maxDepth) }
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
