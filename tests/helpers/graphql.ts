import { authorizationFor } from './rest'

/** A GraphQL request through the same handler the Next.js `/api/graphql` route uses. */
export async function graphql<T = Record<string, any>>(query: string, token?: string): Promise<{ data?: T; errors?: Array<{ message: string }> }> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../payload.config')
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = authorizationFor(token)
  const response = await GRAPHQL_POST(config)(new Request('http://newsroom.test/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  return (await response.json()) as { data?: T; errors?: Array<{ message: string }> }
}
