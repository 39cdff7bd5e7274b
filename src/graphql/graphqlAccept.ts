/** The GraphQL over HTTP media type: a request it refuses answers 400, not 200. */
export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json'

/**
 * Payload's GraphQL handler follows the client's Accept header: under plain
 * `application/json`, or any type as curl and fetch send by default, a refused query answers
 * 200 with an `errors` list. The site asks for the GraphQL media type on every request,
 * so a refused or malformed query answers 400 whatever the client sent. The body is JSON
 * either way.
 */
export function withGraphqlAccept(headers: Headers): Headers {
  const forwarded = new Headers(headers)
  forwarded.set('accept', GRAPHQL_RESPONSE_TYPE)
  return forwarded
}
