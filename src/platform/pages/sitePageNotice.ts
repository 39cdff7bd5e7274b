import { randomUUID } from 'node:crypto'

/**
 * A page a route handler answers itself (a subscription link, a sign-in step, a withdrawn
 * item), drawn in the public site's own layout with its navigation. The handler keeps its
 * status code and headers; the page's words come from the handler, already escaped.
 */
export type SitePageNotice = { lang: 'vi' | 'en'; title: string; bodyHtml: string }

/** The request header that names a waiting notice to the site's `/notice` page. */
export const NOTICE_HEADER = 'x-newsroom-notice'

// One store per process, shared by the proxy, the route handlers and the page, which Next.js
// may load as separate module instances. Entries live only for the one render request.
const STORE_KEY = Symbol.for('campaign-newsroom.site-page-notices')
const store = (): Map<string, SitePageNotice> => {
  const holder = globalThis as unknown as Record<symbol, Map<string, SitePageNotice> | undefined>
  return (holder[STORE_KEY] ??= new Map())
}

/** The notice a render request names; none for an unknown or spent id (the id is random and lives for one render). */
export function readSitePageNotice(id: string | null): SitePageNotice | undefined {
  return id ? store().get(id) : undefined
}

const RENDER_TIMEOUT_MS = 5000

/** Asks this instance's Next.js server for the notice page; null if it cannot be had. */
async function renderInSiteLayout(notice: SitePageNotice): Promise<string | null> {
  const id = randomUUID()
  store().set(id, notice)
  try {
    const path = notice.lang === 'vi' ? '/notice' : '/en/notice'
    const response = await fetch(`http://127.0.0.1:${process.env.PORT || '3000'}${path}`, {
      headers: { [NOTICE_HEADER]: id, Accept: 'text/html' },
      redirect: 'manual',
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    })
    const html = await response.text()
    return response.status === 200 ? html : null
  } catch {
    return null
  } finally {
    store().delete(id)
  }
}

/**
 * The response for a notice: inside the Next.js server, the page in the site's layout; where
 * there is no such server (a script, an in-process test) or it cannot answer, the handler's
 * own plain page, which says the same.
 */
export function sitePageNoticeResponse(status: number, notice: SitePageNotice, headers: Record<string, string>, plainHtml: string): Response {
  if (!process.env.NEXT_RUNTIME) return new Response(plainHtml, { status, headers })
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode((await renderInSiteLayout(notice)) ?? plainHtml))
      controller.close()
    },
  })
  return new Response(body, { status, headers })
}
