import { parse, type DocumentNode, type ExecutionArgs, type ValidationRule } from 'graphql'

import { langOfPayloadRequest } from '@/i18n/lang'

import { QUERY_LIMITS } from './queryLimits'
import { refuseCostlyQuery, reportRefusal } from './queryCostRule'
import { staffOnlyIntrospection } from './staffOnlyIntrospection'

// What the other rules see in place of a refused document: trivially cheap to check.
const STAND_IN: DocumentNode = parse('{ __typename }')

/**
 * The newsroom's GraphQL validation rules (Payload's `graphQL.validationRules`). Payload's
 * own complexity rule follows fragment spreads without memory: a fragment that spreads
 * itself overflows the stack (a 500) and fragments that double at every level never finish.
 * All rules run side by side over the same document, so reporting an error is not enough:
 * a refused document is swapped, before validation starts, for a stand-in that only carries
 * the refusal. `args` is this one request's, so nothing else sees the swap.
 */
export function graphqlValidationRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: { user?: unknown; i18n?: { language?: string } } } | undefined)?.req
  const refusal = refuseCostlyQuery(args.document, QUERY_LIMITS, langOfPayloadRequest(req))
  if (refusal) {
    ;(args as { document: DocumentNode }).document = STAND_IN
    return [reportRefusal(refusal)]
  }
  return [staffOnlyIntrospection(req?.user)]
}
