const COPY = {
  vi: { title: 'Nội dung đã được gỡ bỏ', body: 'Nội dung này đã được gỡ bỏ và không còn được phát hành.', home: 'Về trang chủ', lang: 'vi', homePath: '/' },
  en: { title: 'This content was withdrawn', body: 'This content has been withdrawn and is no longer published.', home: 'Go to the home page', lang: 'en', homePath: '/en' },
} as const

/** The short notice a withdrawn item answers with: 410 Gone, not indexed, not cached for long. */
export function goneResponse(lang: 'vi' | 'en'): Response {
  const copy = COPY[lang]
  const html = `<!doctype html><html lang="${copy.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${copy.title}</title><style>body{font:1.0625rem/1.6 system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:#0b4f8a}</style></head><body><main><h1>${copy.title}</h1><p>${copy.body}</p><p><a href="${copy.homePath}">${copy.home}</a></p></main></body></html>`
  return new Response(html, { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' } })
}
