import { siteUrl } from '@/config/siteUrl'

const hostOf = (value: string | null): string | null => {
  if (!value) return null
  try {
    return new URL(value).host.toLowerCase()
  } catch {
    return null
  }
}

/**
 * True when a form post comes from one of our own pages: its Origin (or, when the browser
 * sends none or "null", its Referer) is SITE_URL's origin or the host the request was sent
 * to. A page on another site cannot forge either header in a victim's browser, so this
 * stops cross-site posts (signing someone in as the attacker, or out) without tokens in
 * the forms. A post with neither header is refused: every current browser sends Origin.
 */
export function isSameOriginPost(request: Request, site: string = siteUrl()): boolean {
  const origin = request.headers.get('origin')
  const source = origin && origin !== 'null' ? origin : request.headers.get('referer')
  if (!source) return false
  let sourceUrl: URL
  try {
    sourceUrl = new URL(source)
  } catch {
    return false
  }
  if (sourceUrl.origin === new URL(site).origin) return true
  // Behind a proxy the public host arrives as X-Forwarded-Host; a browser cannot set it.
  const ownHosts = [request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(), request.headers.get('host'), hostOf(request.url)]
  return ownHosts.some((host) => Boolean(host) && host!.toLowerCase() === sourceUrl.host.toLowerCase())
}
