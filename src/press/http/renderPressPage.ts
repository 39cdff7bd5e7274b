import { escapeHtml } from '@/platform/html/escapeHtml'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import type { SiteLanguage } from '@/i18n/siteCopy'
import { pressPath } from './pressPaths'
import { PRESS_PAGE_COPY } from './pressPageCopy'

// The site's colours, inline: a route handler cannot link the site's bundled stylesheet.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#1b1f24;font:1.0625rem/1.6 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif}
header{background:#0b4f8a;color:#fff;padding:.75rem 1rem}
header a{color:#fff;font-weight:700;text-decoration:none}
main{margin:1.5rem auto;max-width:40rem;padding:0 1rem}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 1rem}
a{color:#0b5cad}
a:focus,button:focus{outline:3px solid #f5a623;outline-offset:2px}
.muted{color:#4b5563}
button{font:inherit;font-weight:700;color:#fff;background:#0b4f8a;border:0;border-radius:.25rem;padding:.6rem 1.5rem;cursor:pointer}
`.trim()

/**
 * Headers of these pages: never cached (they are about one person), no framing (the sign-in
 * button cannot be clickjacked), no scripts, forms only back to this site. The referrer is
 * kept to our own origin: the verify page's URL holds a token, and its form's post must
 * carry an Origin for the cross-site check, which "no-referrer" would turn into "null".
 */
const PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Robots-Tag': 'noindex, nofollow',
}

type Page = { lang: SiteLanguage; title: string; bodyHtml: string; headers?: Record<string, string> }

/** A complete page from a route handler. `bodyHtml` must already be escaped; the title is escaped here. */
export function pressPageResponse(status: number, { lang, title, bodyHtml, headers }: Page): Response {
  const copy = PRESS_PAGE_COPY[lang]
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} – ${escapeHtml(copy.siteName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="${escapeHtml(pressPath(lang))}">${escapeHtml(copy.siteName)} · ${escapeHtml(copy.pressRoom)}</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`
  // In the site's layout with its navigation; the plain page above where no site server runs.
  return sitePageNoticeResponse(status, { lang, title, bodyHtml }, { ...PAGE_HEADERS, ...headers }, html)
}

/** A page that says one thing and links onwards (by default back to the press room). */
export function pressMessagePage(
  status: number,
  lang: SiteLanguage,
  message: { title: string; body: string },
  link?: { href: string; label: string },
  headers?: Record<string, string>,
): Response {
  const copy = PRESS_PAGE_COPY[lang]
  const onwards = link ?? { href: pressPath(lang), label: copy.back }
  return pressPageResponse(status, {
    lang,
    title: message.title,
    bodyHtml: `<p>${escapeHtml(message.body)}</p>\n<p><a href="${escapeHtml(onwards.href)}">${escapeHtml(onwards.label)}</a></p>`,
    headers,
  })
}
