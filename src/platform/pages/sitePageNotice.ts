import { randomUUID } from 'node:crypto'
import type { ReactElement } from 'react'

import { escapeHtml } from '../html/escapeHtml'
import { renderToStaticHtml } from '../html/renderToStaticHtml'

/**
 * A page a route handler answers itself (a subscription link, a sign-in step, a withdrawn
 * item, a missing page), drawn in the public site's own layout with its navigation. The
 * handler keeps its status code and headers; the page's body is a React element the site's
 * `/notice` page renders as it renders any other page.
 */
export type SitePageNotice = { lang: 'vi' | 'en'; title: string; body: ReactElement }

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

const PLAIN_STYLE =
  'body{margin:0 auto;max-width:40rem;padding:1.5rem 1rem;color:#1b1f24;font:1.0625rem/1.6 system-ui,sans-serif}a{color:#0b5cad}.muted,.hint{color:#4b5563}dt{font-weight:600}dd{margin:0}'

/**
 * The same notice as a page of its own, without the site's layout: what answers where no
 * Next.js server runs (a script, an in-process test) or when it cannot draw the page.
 */
async function plainNoticePage({ lang, title, body }: SitePageNotice): Promise<string> {
  let bodyHtml: string
  try {
    bodyHtml = await renderToStaticHtml(body)
  } catch {
    // A bundle with no HTML renderer still says what the page is about.
    bodyHtml = ''
  }
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${PLAIN_STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`
}

/**
 * The response for a notice: inside the Next.js server, the page in the site's layout;
 * elsewhere, or when that server cannot answer, the plain page, which says the same.
 */
export function sitePageNoticeResponse(status: number, notice: SitePageNotice, headers: Record<string, string>): Response {
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const html = (process.env.NEXT_RUNTIME ? await renderInSiteLayout(notice) : null) ?? (await plainNoticePage(notice))
      controller.enqueue(encoder.encode(html))
      controller.close()
    },
  })
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } })
}
