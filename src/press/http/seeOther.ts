import { headerSafe } from '@/platform/http/headerSafe'

/**
 * The answer to a form post: 303, so the browser follows with a GET and a reload does not
 * post the form again. Never cached: it may carry a Set-Cookie. The address is encoded, as
 * parts of it may come from the form.
 */
export function seeOther(location: string, setCookie?: string): Response {
  const headers = new Headers({ Location: headerSafe(location), 'Cache-Control': 'no-store' })
  if (setCookie) headers.append('Set-Cookie', setCookie)
  return new Response(null, { status: 303, headers })
}
