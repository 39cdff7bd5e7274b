import type { BriefingPack, Campaign } from '../../../payload-types'
import { COPYRIGHT_HOLDER, USAGE_TERMS } from '../../delivery/ninjs/usageTerms'
import { escapeHtml as e } from '@/platform/html/escapeHtml'
import { populated } from '@/content/public/mediaOf'
import { PAGE_COPY } from '@/i18n/pageCopy'
import type { SiteLanguage } from '@/i18n/siteCopy'
import { BUNDLE_COPY, formatDay, formatSize, formatTime } from './bundleCopy'
import type { BundledFile, BundlePlan } from './planBundle'

export type FactSheetInput = {
  pack: BriefingPack
  lang: SiteLanguage
  files: BundlePlan
  /** The pack's page on the site. */
  pageUrl: string
  /** Given only while the embargo has not passed: the printout must carry it. */
  embargoedUntil?: string | null
  generatedAt: Date
}

// Inline, so the file prints the same offline, from a USB stick or an email attachment.
const STYLE = `
body{font:15px/1.5 "Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;line-height:1.25;margin:.3rem 0 .6rem}h2{font-size:1.15rem;border-bottom:2px solid #0b5394;padding-bottom:.2rem;margin-top:1.6rem}
.kicker,.meta,.muted{color:#555;font-size:.9rem}.lead{font-size:1.1rem}.figure{font-weight:bold}
.embargo{border:3px solid #b00020;color:#b00020;font-weight:bold;padding:.5rem .8rem;text-transform:uppercase}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
dt{font-weight:bold;margin-top:.6rem}dd{margin:0 0 .4rem 1rem}a{color:#0b5394}footer{margin-top:2rem;font-size:.8rem;color:#555}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}
a[href^="http"]:not(.url)::after{content:" (" attr(href) ")";font-size:.8em;color:#555;word-break:break-all}
h2{break-after:avoid}li,tr,dt,dd{break-inside:avoid}@page{margin:16mm}}
`

/** Only web links become links: a `javascript:` or `data:` source stays plain text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null
  try {
    return new URL(url.trim()).href
  } catch {
    return null
  }
}

const link = (href: string | null, text: string) => (href ? `<a href="${e(href)}">${e(text)}</a>` : e(text))
const telHref = (phone: string) => (phone.replace(/[^\d+]/g, '') ? `tel:${phone.replace(/[^\d+]/g, '')}` : null)
const mailHref = (email: string) => (/^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(email) ? `mailto:${email}` : null)
const section = (id: string, title: string, body: string) => `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2>${body}</section>`

function keyFacts({ pack, lang }: FactSheetInput): string {
  const copy = PAGE_COPY[lang]
  const items = (pack.keyFacts ?? []).map((fact) => {
    const asOf = fact.asOf ? `, ${e(copy.asOf)} ${e(formatDay(fact.asOf, lang))}` : ''
    const figure = fact.figure ? `<span class="figure">${e(fact.figure)}</span> ` : ''
    return `<li>${figure}${e(fact.statement)} <span class="muted">(${e(copy.source)}: ${link(safeHref(fact.sourceUrl), fact.source)}${asOf})</span></li>`
  })
  return items.length ? section('key-facts', copy.keyFacts, `<ul>${items.join('')}</ul>`) : ''
}

function talkingPoints({ pack, lang }: FactSheetInput): string {
  const items = (pack.talkingPoints ?? []).map((row) => `<li>${e(row.point)}</li>`)
  return items.length ? section('talking-points', PAGE_COPY[lang].talkingPoints, `<ol>${items.join('')}</ol>`) : ''
}

function questions({ pack, lang }: FactSheetInput): string {
  const rows = (pack.qa ?? []).map((row) => `<dt>${e(row.question)}</dt><dd>${e(row.answer)}</dd>`)
  return rows.length ? section('qa', PAGE_COPY[lang].qa, `<dl>${rows.join('')}</dl>`) : ''
}

function spokespeople({ pack, lang }: FactSheetInput): string {
  const copy = BUNDLE_COPY[lang]
  const items = (pack.spokespeople ?? []).map((person) => {
    const parts = [`<strong>${e(person.name)}</strong>${person.role ? `, ${e(person.role)}` : ''}`]
    if (person.phone) parts.push(`${e(copy.phone)}: ${link(telHref(person.phone), person.phone)}`)
    if (person.email) parts.push(`${e(copy.email)}: ${link(mailHref(person.email), person.email)}`)
    return `<li>${parts.join(' · ')}</li>`
  })
  return items.length ? section('spokespeople', PAGE_COPY[lang].spokespeople, `<ul>${items.join('')}</ul>`) : ''
}

/** A file in the bundle, linked relatively so the link works once the ZIP is unpacked. */
const fileCell = (file: BundledFile, lang: SiteLanguage) =>
  file.onDisk ? `<a href="${e(file.entryName)}">${e(file.entryName)}</a>` : `${e(file.entryName)} <span class="muted">(${e(BUNDLE_COPY[lang].notIncluded)})</span>`

function documents({ files, lang }: FactSheetInput): string {
  const copy = BUNDLE_COPY[lang]
  if (files.documents.length === 0) return ''
  const rows = files.documents.map(
    (file) => `<tr><td>${fileCell(file, lang)}</td><td>${e(file.media.caption || file.media.alt || '')}</td><td>${e(formatSize(file.media.filesize))}</td></tr>`,
  )
  const head = `<tr><th>${e(copy.file)}</th><th>${e(copy.description)}</th><th>${e(copy.size)}</th></tr>`
  return section('documents', PAGE_COPY[lang].documents, `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`)
}

function images({ files, lang }: FactSheetInput): string {
  const copy = BUNDLE_COPY[lang]
  if (files.images.length === 0) return ''
  const rows = files.images.map(
    (file) =>
      `<tr><td>${fileCell(file, lang)}</td><td>${e(file.media.caption || file.media.alt || '')}</td><td>${e(file.media.credit ?? '')}</td><td>${e(file.media.usageTerms ?? '')}</td></tr>`,
  )
  const head = `<tr><th>${e(copy.file)}</th><th>${e(copy.caption)}</th><th>${e(copy.credit)}</th><th>${e(copy.usageTerms)}</th></tr>`
  return section('images', PAGE_COPY[lang].images, `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`)
}

/**
 * The pack as one printable, self-contained HTML page: no script, no external file, every
 * value escaped, and a Content-Security-Policy that would stop a script even if one got in.
 */
export function renderFactSheet(input: FactSheetInput): string {
  const { pack, lang, pageUrl, embargoedUntil, generatedAt } = input
  const copy = BUNDLE_COPY[lang]
  const campaign = populated<Campaign>(pack.campaign)[0]
  const embargo = embargoedUntil ? `<p class="embargo" role="alert">${e(PAGE_COPY[lang].embargoedUntil)} ${e(formatTime(embargoedUntil, lang))} (${e(copy.timeZone)})</p>` : ''
  const meta = [
    campaign?.title ? `${e(copy.campaign)}: ${e(campaign.title)}` : '',
    // Its text is the address already: the print stylesheet need not repeat it.
    safeHref(pageUrl) ? `${e(copy.onlineVersion)}: <a class="url" href="${e(safeHref(pageUrl)!)}">${e(pageUrl)}</a>` : '',
    `${e(copy.generatedAt)} ${e(formatTime(generatedAt.toISOString(), lang))}`,
  ].filter(Boolean)
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(pack.title)} · ${e(copy.factSheet)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${embargo}
<p class="kicker">${e(PAGE_COPY[lang].packs)} · ${e(copy.factSheet)}</p>
<h1>${e(pack.title)}</h1>
${pack.summary ? `<p class="lead">${e(pack.summary)}</p>` : ''}
<p class="meta">${meta.join('<br>')}</p>
${[keyFacts, talkingPoints, questions, spokespeople, documents, images].map((part) => part(input)).filter(Boolean).join('\n')}
</main>
<footer><p>© ${e(COPYRIGHT_HOLDER[lang])}. ${e(USAGE_TERMS[lang])}</p></footer>
</body>
</html>
`
}
