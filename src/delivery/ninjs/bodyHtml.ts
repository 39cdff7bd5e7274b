import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { hasValidConsent } from '../../access/mediaAccess'
import { escapeHtml } from '@/platform/html/escapeHtml'
import type { ContentType } from '@/content/contentTypes'
import type { Language } from '../languages'
import type { StoredDocument } from '@/content/storedDocument'

type Doc = StoredDocument

const HEADINGS = {
  keyMessages: { vi: 'Thông điệp chính', en: 'Key messages' },
  callsToAction: { vi: 'Hành động', en: 'What you can do' },
  helplines: { vi: 'Đường dây hỗ trợ', en: 'Helplines' },
  keyFacts: { vi: 'Số liệu chính', en: 'Key facts' },
  talkingPoints: { vi: 'Điểm nhấn', en: 'Talking points' },
  qa: { vi: 'Hỏi và đáp', en: 'Questions and answers' },
  spokespeople: { vi: 'Người phát ngôn', en: 'Spokespeople' },
  source: { vi: 'Nguồn', en: 'Source' },
} as const

type UploadValue = { depictsChild?: boolean | null; consentRecorded?: boolean | null; consentExpiry?: string | null; url?: string | null }

/**
 * An image in rich text is rendered only while its file may be shown: populated for this
 * reader (the media rule leaves a file the reader may not see unpopulated) and, for
 * delivery, which reads every file, with valid consent. Otherwise nothing is rendered at
 * all: no alt text, no file name, no empty `<img>`.
 */
const visibleUploadsOnly: HTMLConvertersFunction = ({ defaultConverters }) => {
  const upload = defaultConverters.upload
  const link = defaultConverters.link
  return {
    ...defaultConverters,
    // Internal links are settled before rendering (src/content/links/resolveRichTextLinks):
    // one still here was not resolved for this reader, so only its words are shown, never
    // Payload's `href="#"` nor anything that names the target.
    link: (args) => {
      const fields = (args.node as { fields?: { linkType?: string } }).fields
      if (fields?.linkType === 'internal') return args.nodesToHTML({ nodes: args.node.children }).join('')
      return typeof link === 'function' ? link(args) : ''
    },
    upload: (args) => {
      const value = (args.node as { value?: unknown }).value
      if (!value || typeof value !== 'object' || !(value as UploadValue).url) return ''
      if (!hasValidConsent(value as UploadValue, new Date())) return ''
      return typeof upload === 'function' ? upload(args) : ''
    },
  }
}

export function richTextHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ data: value as never, disableContainer: true, converters: visibleUploadsOnly })
}

const text = (value: unknown): string => escapeHtml(typeof value === 'string' ? value : '')
/** Rows of an array field; a row whose localized text was not written in this language is left out. */
const rows = (value: unknown, required?: string): Doc[] =>
  (Array.isArray(value) ? (value as Doc[]) : []).filter((row) => !required || (typeof row[required] === 'string' && row[required].trim() !== ''))
const safeHref = (url: unknown): string | null => (typeof url === 'string' && /^https?:\/\//i.test(url) ? escapeHtml(url) : null)

function section(title: string, items: string[], tag: 'ul' | 'ol' | 'dl' = 'ul'): string {
  if (items.length === 0) return ''
  return `<h2>${escapeHtml(title)}</h2><${tag}>${items.join('')}</${tag}>`
}

function campaignHtml(doc: Doc, lang: Language): string {
  return [
    richTextHtml(doc.body),
    section(HEADINGS.keyMessages[lang], rows(doc.keyMessages, 'message').map((row) => `<li>${text(row.message)}</li>`)),
    section(
      HEADINGS.callsToAction[lang],
      rows(doc.callsToAction, 'label').map((row) => {
        const href = safeHref(row.url)
        return href ? `<li><a href="${href}">${text(row.label)}</a></li>` : `<li>${text(row.label)}</li>`
      }),
    ),
    section(HEADINGS.helplines[lang], rows(doc.helplines, 'phone').map((row) => `<li>${row.name ? `${text(row.name)}: ` : ''}<a href="tel:${text(row.phone)}">${text(row.phone)}</a></li>`)),
  ].join('')
}

function briefingPackHtml(doc: Doc, lang: Language): string {
  return [
    section(
      HEADINGS.keyFacts[lang],
      rows(doc.keyFacts, 'statement').map((row) => {
        const href = safeHref(row.sourceUrl)
        const source = href ? `<a href="${href}">${text(row.source)}</a>` : text(row.source)
        const figure = row.figure ? `<strong>${text(row.figure)}</strong> ` : ''
        return `<li>${figure}${text(row.statement)} (${HEADINGS.source[lang]}: ${source})</li>`
      }),
    ),
    section(HEADINGS.talkingPoints[lang], rows(doc.talkingPoints, 'point').map((row) => `<li>${text(row.point)}</li>`)),
    section(HEADINGS.qa[lang], rows(doc.qa, 'question').map((row) => `<dt>${text(row.question)}</dt><dd>${text(row.answer)}</dd>`), 'dl'),
    section(
      HEADINGS.spokespeople[lang],
      rows(doc.spokespeople, 'name').map((row) => [text(row.name), text(row.role), text(row.phone), text(row.email)].filter(Boolean).join(', ')).map((line) => `<li>${line}</li>`),
    ),
  ].join('')
}

/** The item's body as HTML: the rich text, and for campaigns and packs their structured parts. */
export function bodyHtml(type: ContentType, doc: Doc, lang: Language): string {
  if (type === 'article') return richTextHtml(doc.body)
  if (type === 'campaign') return campaignHtml(doc, lang)
  return briefingPackHtml(doc, lang)
}
