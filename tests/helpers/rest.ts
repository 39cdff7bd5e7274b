import { handleEndpoints } from 'payload'

export type RestResponse<T = any> = { status: number; body: T; headers: Headers }

/**
 * `token` is a staff JWT, or a whole Authorization value such as `agencies API-Key <key>`.
 * `rawBody` is sent as it is, labelled JSON, for bodies a well-behaved client never sends.
 */
type Options = { body?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> }

export const authorizationFor = (token: string): string => (token.includes(' ') ? token : `JWT ${token}`)

/**
 * Calls Payload's REST and custom endpoints through the same handler the Next.js
 * `/api/[...slug]` route uses, with real Request and Response objects.
 */
export async function rest<T = any>(method: string, path: string, options: Options = {}): Promise<RestResponse<T>> {
  const { default: config } = await import('../../payload.config')
  const headers = new Headers(options.headers)
  const sent = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  if (sent !== undefined) headers.set('Content-Type', 'application/json')
  if (options.token) headers.set('Authorization', authorizationFor(options.token))
  const request = new Request(`http://newsroom.test/api${path}`, {
    method,
    headers,
    body: sent,
  })
  const response = await handleEndpoints({ config, path: `/api${path.split('?')[0]}`, request })
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: body as T, headers: response.headers }
}

/** Logs in through REST and returns the JWT. */
export async function login(email: string, password: string): Promise<string> {
  const response = await rest<{ token: string }>('POST', '/users/login', { body: { email, password } })
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.token
}
