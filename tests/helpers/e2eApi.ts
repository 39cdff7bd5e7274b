/** HTTP calls against the running app in browser tests: JSON when the answer is JSON, the text always. */
export function e2eApi(baseUrl: string) {
  async function api(pathname: string, init: RequestInit & { token?: string } = {}) {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (init.body && typeof init.body === 'string') headers.set('Content-Type', 'application/json')
    const response = await fetch(`${baseUrl}${pathname}`, { ...init, headers })
    const text = await response.text()
    let body: any = text
    try {
      body = JSON.parse(text)
    } catch {
      // XML feeds and HTML pages.
    }
    return { status: response.status, body, text, headers: response.headers }
  }
  const tokenFor = async (person: { email: string; password: string }) =>
    (await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: person.email, password: person.password }) })).body.token as string
  return { api, tokenFor }
}
