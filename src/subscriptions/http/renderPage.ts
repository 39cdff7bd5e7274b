import { escapeHtml } from '@/platform/html/escapeHtml'
import { sitePageNoticeResponse } from '@/platform/pages/sitePageNotice'
import { PAGE_COPY, type PageLocale } from './pageCopy'

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:#1f2933;font:16px/1.5 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}
header{background:#0b4f8a;color:#fff;padding:12px 16px}
header p{margin:0 auto;max-width:40rem;font-weight:700}
main{margin:24px auto;max-width:40rem;background:#fff;border:1px solid #d9dee5;border-radius:8px;padding:24px}
h1{font-size:1.5rem;line-height:1.3;margin:0 0 16px}
h2{font-size:1.125rem;margin:0 0 8px}
p{margin:0 0 16px}
a{color:#0b5cad}
a:focus,button:focus,input:focus{outline:3px solid #f5a623;outline-offset:2px}
.muted,.hint{color:#4b5563}
.hint{font-size:.875rem;margin:0 0 8px}
.field{margin:0 0 20px}
label{display:block}
.field>label{font-weight:700;margin:0 0 4px}
input[type=text]{width:100%;padding:8px 10px;font:inherit;border:1px solid #6b7280;border-radius:4px}
fieldset{border:1px solid #d9dee5;border-radius:6px;margin:0 0 20px;padding:12px 16px}
legend{font-weight:700;padding:0 4px}
fieldset label{padding:4px 0}
fieldset input{margin:0 8px 0 0;width:1.1rem;height:1.1rem;vertical-align:-2px}
[aria-invalid=true]{border-color:#b42318!important;border-width:2px}
button{font:inherit;font-weight:700;color:#fff;background:#0b4f8a;border:0;border-radius:6px;padding:12px 24px;cursor:pointer}
button.danger{background:#b42318}
.error{border:2px solid #b42318;border-radius:6px;padding:12px 16px;margin:0 0 20px;background:#fef3f2}
.error a{color:#b42318;font-weight:700}
`.trim()

/**
 * The page headers: never cached (each page is about one person), no referrer (the URL
 * holds their token), no scripts, no framing, forms only back to this site. Styles and the
 * logo come from the site itself.
 */
export const PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Robots-Tag': 'noindex, nofollow',
}

/** A complete page: `bodyHtml` must already be escaped; the title is escaped here. */
export function renderPage({ locale, title, bodyHtml }: { locale: PageLocale; title: string; bodyHtml: string }): string {
  const programme = PAGE_COPY[locale].programme
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · ${escapeHtml(programme)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>${escapeHtml(programme)}</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`
}

/** The page in the site's layout, with its navigation (the plain page where no site server runs). */
export function htmlResponse(status: number, page: { locale: PageLocale; title: string; bodyHtml: string }): Response {
  return sitePageNoticeResponse(status, { lang: page.locale, title: page.title, bodyHtml: page.bodyHtml }, PAGE_HEADERS, renderPage(page))
}

/** A page with a heading and one paragraph of text: the answer to most outcomes. */
export const messagePage = (status: number, locale: PageLocale, message: { title: string; body: string }, extraHtml = ''): Response =>
  htmlResponse(status, { locale, title: message.title, bodyHtml: `<p>${escapeHtml(message.body)}</p>${extraHtml}` })

export const invalidLinkPage = (locale: PageLocale): Response => messagePage(400, locale, PAGE_COPY[locale].invalidLink)

/** A fault on our side becomes a plain 500 page; the detail goes to the log only. */
export async function withPageErrors(locale: PageLocale, work: () => Promise<Response>, log: (error: unknown) => void): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    log(error)
    return messagePage(500, locale, PAGE_COPY[locale].serverError)
  }
}

/** The link of a subscription page for this token, relative to the site. */
export const pagePath = (page: 'manage' | 'unsubscribe' | 'confirm', token: string): string => `/subscriptions/${page}?token=${encodeURIComponent(token)}`
