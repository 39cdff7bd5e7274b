import { identityNow } from '@/content/settings/identityNow'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { labelsFor, resolveLocale } from './labels'
import { safeHttpUrl } from './safeHttpUrl'
import { singleLine } from './singleLine'
import { type Lang } from '@/i18n/lang'

// Inline styles only: Gmail drops <style> in some views and Outlook's Word engine ignores
// most of what it cannot see on the element itself.
export const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif"
export const COLOR = {
  page: '#f3f4f6',
  card: '#ffffff',
  text: '#1f2933',
  muted: '#4b5563',
  link: '#0b5cad',
  brand: '#0b4f8a',
  border: '#d9dee5',
  badgeBackground: '#fdecc8',
  badgeText: '#6b3a00',
} as const

const TEXT_STYLE = `font-family:${FONT};color:${COLOR.text};font-size:16px;line-height:24px;`

export type FooterLinks = { manageUrl: string; unsubscribeUrl: string }

/** A link when the URL is a safe absolute http(s) URL, otherwise the label alone. */
export const htmlLink = (url: string | undefined, labelHtml: string): string => {
  const href = safeHttpUrl(url)
  if (!href) return labelHtml
  return `<a href="${escapeHtml(href)}" style="color:${COLOR.link};text-decoration:underline;">${labelHtml}</a>`
}

export const htmlParagraph = (contentHtml: string, options: { muted?: boolean; small?: boolean } = {}): string => {
  const color = options.muted ? COLOR.muted : COLOR.text
  const size = options.small ? 'font-size:14px;line-height:20px;' : 'font-size:16px;line-height:24px;'
  return `<p style="margin:0 0 16px;font-family:${FONT};color:${color};${size}">${contentHtml}</p>`
}

export const htmlHeading = (contentHtml: string, level: 1 | 2 | 3): string => {
  const size = level === 1 ? 'font-size:22px;line-height:30px;' : level === 2 ? 'font-size:19px;line-height:26px;' : 'font-size:17px;line-height:24px;'
  const margin = level === 2 ? 'margin:24px 0 12px;' : 'margin:0 0 8px;'
  return `<h${level} style="${margin}font-family:${FONT};color:${COLOR.text};font-weight:700;${size}">${contentHtml}</h${level}>`
}

/** Multi-line user text, escaped, with its line breaks kept. */
export const htmlMultiline = (text: string): string => escapeHtml(text.trim()).replace(/\r\n|\r|\n/g, '<br>')

/**
 * A button built from a table cell, so that Outlook, which ignores padding on links,
 * still shows a clickable block. Nothing when the URL is not safe.
 */
export const htmlButton = (url: string | undefined, label: string): string => {
  const href = safeHttpUrl(url)
  if (!href) return ''
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;border-collapse:separate;">
<tr><td align="center" bgcolor="${COLOR.brand}" style="border-radius:6px;background-color:${COLOR.brand};padding:12px 24px;">
<a href="${escapeHtml(href)}" style="display:inline-block;font-family:${FONT};font-size:16px;line-height:20px;font-weight:700;color:#ffffff;text-decoration:none;">${escapeHtml(label)}</a>
</td></tr></table>`
}

/** The raw URL under a button, for clients that break buttons and for readers who copy. */
export const htmlCopyLink = (locale: Lang, url: string | undefined): string => {
  const href = safeHttpUrl(url)
  if (!href) return ''
  return htmlParagraph(`${escapeHtml(labelsFor(locale).copyLink)}<br>${htmlLink(href, `<span style="word-break:break-all;">${escapeHtml(href)}</span>`)}`, {
    muted: true,
    small: true,
  })
}

export const htmlBadge = (label: string): string =>
  `<span style="display:inline-block;padding:2px 8px;border-radius:10px;background-color:${COLOR.badgeBackground};color:${COLOR.badgeText};font-family:${FONT};font-size:12px;line-height:18px;font-weight:700;">${escapeHtml(label)}</span>`

const footerHtml = (locale: Lang, links: FooterLinks): string => {
  const labels = labelsFor(locale)
  const linkStyle = `color:${COLOR.link};text-decoration:underline;`
  const footerLink = (url: string, label: string): string => {
    const href = safeHttpUrl(url)
    return href ? `<a href="${escapeHtml(href)}" style="${linkStyle}">${escapeHtml(label)}</a>` : escapeHtml(label)
  }
  return `<tr><td style="padding:24px 32px;font-family:${FONT};font-size:13px;line-height:20px;color:${COLOR.muted};">
<p style="margin:0 0 8px;font-family:${FONT};font-size:13px;line-height:20px;color:${COLOR.muted};">${escapeHtml(labels.footerReason(identityNow(resolveLocale(locale)).programme))}</p>
<p style="margin:0;font-family:${FONT};font-size:13px;line-height:20px;color:${COLOR.muted};">${footerLink(links.manageUrl, labels.manage)} &nbsp;&middot;&nbsp; ${footerLink(links.unsubscribeUrl, labels.unsubscribe)}</p>
</td></tr>`
}

// Padding after the preheader keeps inbox previews from running on into the body text.
const PREHEADER_FILLER = '&#847;&zwnj;&nbsp;'.repeat(60)
// Inbox previews show about this much; by code point so no character is cut in half.
const PREHEADER_LENGTH = 200

const previewOf = (preheader: string): string => Array.from(singleLine(preheader)).slice(0, PREHEADER_LENGTH).join('')

export type LayoutOptions = {
  locale: Lang
  /** Plain text for <title>: escaped here. */
  title: string
  /** Plain text for the inbox preview: escaped here. */
  preheader: string
  /** HTML for the card, already escaped by the caller. */
  bodyHtml: string
  siteUrl?: string
  /** Omitted only for the confirmation mail, which is sent before any subscription exists. */
  footer?: FooterLinks
}

/** The complete HTML document around a mail's body: header, card and footer. */
export const renderLayout = ({ locale, title, preheader, bodyHtml, siteUrl, footer }: LayoutOptions): string => {
  const lang = resolveLocale(locale)
  const programme = escapeHtml(identityNow(lang).programme)
  const siteHref = safeHttpUrl(siteUrl)
  const brand = siteHref ? `<a href="${escapeHtml(siteHref)}" style="color:${COLOR.brand};text-decoration:none;">${programme}</a>` : programme
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no, url=no">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:${COLOR.page};-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;color:${COLOR.page};">${escapeHtml(previewOf(preheader))}${PREHEADER_FILLER}</div>
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(title)}" lang="${lang}" dir="ltr" style="background-color:${COLOR.page};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLOR.page}" style="width:100%;background-color:${COLOR.page};border-collapse:collapse;">
<tr><td align="center" style="padding:24px 12px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" align="center" style="width:100%;max-width:600px;border-collapse:collapse;">
<tr><td style="padding:0 32px 16px;font-family:${FONT};font-size:15px;line-height:22px;font-weight:700;color:${COLOR.brand};">${brand}</td></tr>
<tr><td bgcolor="${COLOR.card}" style="padding:32px;background-color:${COLOR.card};border:1px solid ${COLOR.border};border-radius:8px;${TEXT_STYLE}">
${bodyHtml}
</td></tr>
${footer ? footerHtml(lang, footer) : ''}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</div>
</body>
</html>`
}

export type TextLayoutOptions = {
  locale: Lang
  /** The body as lines; a blank string makes a blank line. */
  lines: string[]
  siteUrl?: string
  footer?: FooterLinks
}

/** The plain-text part: the same content and the same links, without markup. */
export const renderTextLayout = ({ locale, lines, siteUrl, footer }: TextLayoutOptions): string => {
  const labels = labelsFor(locale)
  const siteHref = safeHttpUrl(siteUrl)
  const programme = identityNow(resolveLocale(locale)).programme
  const out = [programme, ...(siteHref ? [siteHref] : []), '', ...lines]
  if (footer) {
    const manage = safeHttpUrl(footer.manageUrl)
    const unsubscribe = safeHttpUrl(footer.unsubscribeUrl)
    // "-- " is the standard signature separator; mail clients dim what follows.
    out.push('', '-- ', labels.footerReason(programme))
    out.push(manage ? `${labels.manage}: ${manage}` : labels.manage)
    out.push(unsubscribe ? `${labels.unsubscribe}: ${unsubscribe}` : labels.unsubscribe)
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}
