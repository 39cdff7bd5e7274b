/** The press room's session cookie: httpOnly, SameSite=Lax, Secure in production. */
export const PRESS_SESSION_COOKIE = 'newsroom_press_session'

/** How long a press room session lasts without signing in again. */
export const PRESS_SESSION_HOURS = 12

/** Secure whenever the site is served over HTTPS or runs in production. */
export const secureCookies = (): boolean => process.env.NODE_ENV === 'production' || (process.env.SITE_URL ?? '').startsWith('https://')

/** The Set-Cookie value that starts a session. */
export function sessionCookie(token: string): string {
  const parts = [`${PRESS_SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${PRESS_SESSION_HOURS * 3600}`]
  if (secureCookies()) parts.push('Secure')
  return parts.join('; ')
}

/** The Set-Cookie value that ends a session in the browser. */
export function clearedSessionCookie(): string {
  const parts = [`${PRESS_SESSION_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0']
  if (secureCookies()) parts.push('Secure')
  return parts.join('; ')
}

/** The session token from a Cookie header, if there is one that looks like ours. */
export function sessionTokenFrom(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === PRESS_SESSION_COOKIE) {
      const value = rest.join('=')
      return /^[A-Za-z0-9_-]{32,100}$/.test(value) ? value : null
    }
  }
  return null
}
