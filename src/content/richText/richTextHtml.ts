import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

import { hasValidConsent } from '@/access/mediaAccess'

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

/** Rich text as HTML for every channel that shows it: the site's pages, the ninjs body and a code's snapshot. */
export function richTextHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ data: value as never, disableContainer: true, converters: visibleUploadsOnly })
}
