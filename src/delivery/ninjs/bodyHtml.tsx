import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { hasValidConsent } from '@/access/mediaAccess'
import { escapeHtml } from '@/platform/html/escapeHtml'
import { renderToStaticHtml } from '@/platform/html/renderToStaticHtml'
import { BriefingPackBody } from '@/content/briefingPacks/BriefingPackBody'
import type { ContentType } from '@/content/contentTypes'
import type { StoredDocument } from '@/content/storedDocument'
import { type Lang } from '@/i18n/lang'

type Doc = StoredDocument

const HEADINGS = {
  keyMessages: { vi: 'Thông điệp chính', en: 'Key messages' },
  callsToAction: { vi: 'Hành động', en: 'What you can do' },
  helplines: { vi: 'Đường dây hỗ trợ', en: 'Helplines' },
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

function campaignHtml(doc: Doc, lang: Lang): string {
  return [
    richTextHtml(doc.body),
    section(
      HEADINGS.keyMessages[lang],
      rows(doc.keyMessages, 'message').map((row) => `<li>${text(row.message)}</li>`),
    ),
    section(
      HEADINGS.callsToAction[lang],
      rows(doc.callsToAction, 'label').map((row) => {
        const href = safeHref(row.url)
        return href ? `<li><a href="${href}">${text(row.label)}</a></li>` : `<li>${text(row.label)}</li>`
      }),
    ),
    section(
      HEADINGS.helplines[lang],
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
