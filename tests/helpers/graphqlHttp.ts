import { authorizationFor } from './rest'

export type GraphqlHttpResponse<T = Record<string, any>> = {
  status: number
  body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }
  headers: Headers
}

/**
 * A GraphQL POST through the handler of the Next.js `/api/graphql` route, keeping the HTTP
 * status. `accept` defaults to what the site's proxy forwards for every GraphQL request.
 */
export async function graphqlHttp<T = Record<string, any>>(
  query: string,
  options: { token?: string; accept?: string; acceptLanguage?: string } = {},
): Promise<GraphqlHttpResponse<T>> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: options.accept ?? 'application/graphql-response+json' }
  if (options.token) headers.Authorization = authorizationFor(options.token)
  if (options.acceptLanguage) headers['Accept-Language'] = options.acceptLanguage
  const response = await GRAPHQL_POST(config)(new Request('http://newsroom.test/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers }
}
