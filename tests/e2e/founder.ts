/** The first account, made by the admin browser test and used by the ones after it. */
export const founder = { email: 'founder@ministry.test', password: 'a-long-first-password-1' }

/**
 * Signs the founder in, creating the first account when the app has none yet, so a browser
 * test file also runs on its own (in the full run, the admin test has made it already).
 */
export async function founderToken(baseUrl: string): Promise<string> {
  const login = () => fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(founder) })
  let answer = await login()
  if (answer.status !== 200) {
    const first = await fetch(`${baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...founder, name: 'Founder' }),
    })
    if (first.status >= 400) throw new Error(`first user: ${first.status} ${await first.text()}`)
    answer = await login()
  }
  return ((await answer.json()) as { token: string }).token
}
