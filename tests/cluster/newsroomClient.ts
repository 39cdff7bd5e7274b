/** `sentAt` is when the request left, `at` when its answer had arrived. */
export type Answer = { status: number; text: string; body: any; headers: Headers; servedBy: string | null; sentAt: number; at: number }

type Options = { method?: string; token?: string; apiKey?: string; body?: unknown }

/** One HTTP request to an instance or the load balancer; a connection that fails is status 0. */
export async function call(base: string, path: string, options: Options = {}): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.apiKey) headers.Authorization = `agencies API-Key ${options.apiKey}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const sentAt = Date.now()
  try {
    const response = await fetch(`${base}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      redirect: 'manual',
    })
    const text = await response.text()
    let body: unknown = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      // Pages and feeds are not JSON.
    }
    return { status: response.status, text, body, headers: response.headers, servedBy: response.headers.get('x-served-by'), sentAt, at: Date.now() }
  } catch (error) {
    return { status: 0, text: String((error as Error).cause ?? error), body: null, headers: new Headers(), servedBy: null, sentAt, at: Date.now() }
  }
}

export async function login(base: string, email: string, password: string): Promise<string> {
  const answer = await call(base, '/api/users/login', { method: 'POST', body: { email, password } })
  if (answer.status !== 200) throw new Error(`login failed with ${answer.status}: ${answer.text}`)
  return answer.body.token as string
}

export type Publication = { id: number; slug: string; headline: string; uri: string; requestedAt: number; acknowledgedAt: number }

/**
 * An article written by an editor and published by a reviewer through the workflow API of
 * one instance. `requestedAt` is when the publish request left, `acknowledgedAt` when the
 * instance had answered it with 200; the publication committed in between.
 */
export async function publishArticle(base: string, tokens: { editor: string; reviewer: string }, campaignId: number, headline: string): Promise<Publication> {
  const created = await call(base, '/api/articles', { method: 'POST', token: tokens.editor, body: { headline, campaign: campaignId } })
  if (created.status !== 201) throw new Error(`creating the article answered ${created.status}: ${created.text}`)
  const id = created.body.doc.id as number
  const act = async (token: string, action: string) => {
    const answer = await call(base, `/api/workflow/articles/${id}`, { method: 'POST', token, body: { action } })
    if (answer.status !== 200) throw new Error(`${action} answered ${answer.status}: ${answer.text}`)
    return answer
  }
  await act(tokens.editor, 'submit')
  await act(tokens.reviewer, 'approve')
  const published = await act(tokens.reviewer, 'publish')
  return {
    id,
    slug: created.body.doc.slug as string,
    headline,
    uri: `urn:newsroom:article:${id}:vi`,
    requestedAt: published.sentAt,
    acknowledgedAt: published.at,
  }
}

/** Polls until `probe` holds; returns when it first did. */
export async function waitUntil(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 10_000, everyMs = 25): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await probe()) return Date.now()
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
