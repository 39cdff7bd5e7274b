import { escapeHtml } from '@/platform/html/escapeHtml'
import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { BriefingPackBody } from '@/content/briefingPacks/BriefingPackBody'
import type { ContentType } from '@/content/contentTypes'
import { richTextHtml } from '@/content/richText/richTextHtml'
import type { StoredDocument } from '@/content/storedDocument'
import { type Lang } from '@/i18n/lang'
import { PAGE_COPY } from '@/i18n/pageCopy'

type Doc = StoredDocument

const text = (value: unknown): string => escapeHtml(typeof value === 'string' ? value : '')
/** Rows of an array field; a row whose localized text was not written in this language is left out. */
const rows = (value: unknown, required?: string): Doc[] =>
  (Array.isArray(value) ? (value as Doc[]) : []).filter((row) => !required || (typeof row[required] === 'string' && row[required].trim() !== ''))
const safeHref = (url: unknown): string | null => (typeof url === 'string' && /^https?:\/\//i.test(url) ? escapeHtml(url) : null)

function section(title: string, items: string[], tag: 'ul' | 'ol' | 'dl' = 'ul'): string {
  if (items.length === 0) return ''
  return `<h2>${escapeHtml(title)}</h2><${tag}>${items.join('')}</${tag}>`
}

function campaignHtml(doc: Doc, lang: Lang): string {
  return [
    richTextHtml(doc.body),
    section(
      PAGE_COPY[lang].keyMessages,
      rows(doc.keyMessages, 'message').map((row) => `<li>${text(row.message)}</li>`),
    ),
    section(
      PAGE_COPY[lang].callsToAction,
      rows(doc.callsToAction, 'label').map((row) => {
        const href = safeHref(row.url)
        return href ? `<li><a href="${href}">${text(row.label)}</a></li>` : `<li>${text(row.label)}</li>`
      }),
    ),
    section(
      PAGE_COPY[lang].helplines,
      rows(doc.helplines, 'phone').map((row) => `<li>${row.name ? `${text(row.name)}: ` : ''}<a href="tel:${text(row.phone)}">${text(row.phone)}</a></li>`),
    ),
  ].join('')
}

/**
 * A pack's body is the pack's one component, as on its page and in its fact sheet. Its
 * documents and images travel as associations, so the body lists neither.
 */
const briefingPackHtml = (doc: Doc, lang: Lang): Promise<string> => renderToStaticHtml(<BriefingPackBody pack={doc} lang={lang} />)

/** The item's body as HTML: the rich text, and for campaigns and packs their structured parts. */
export async function bodyHtml(type: ContentType, doc: Doc, lang: Lang): Promise<string> {
  if (type === 'article') return richTextHtml(doc.body)
  if (type === 'campaign') return campaignHtml(doc, lang)
  return briefingPackHtml(doc, lang)
}
