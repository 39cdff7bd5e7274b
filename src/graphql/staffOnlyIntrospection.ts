import { GraphQL } from '@payloadcms/graphql/types'
import type { ValidationRule } from 'graphql'

import { isStaffMember } from '../access/roles'

/**
 * In production the schema is described to staff only: agencies and the public query the
 * fields they know, and a map of every collection is no business of theirs. Elsewhere
 * (development, tests) anyone may introspect. `__typename` is not introspection. The error
 * comes from Payload's graphql module, as in queryCostRule.
 */
export const staffOnlyIntrospection =
  (user: unknown, environment: string | undefined = process.env.NODE_ENV): ValidationRule =>
  (context) => {
    if (environment !== 'production' || isStaffMember(user as Parameters<typeof isStaffMember>[0])) return {}
    return {
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return
        context.reportError(
          new GraphQL.GraphQLError('GraphQL introspection is for signed-in staff only.', { nodes: [node], extensions: { code: 'INTROSPECTION_FORBIDDEN' } }),
        )
      },
    }
  }
