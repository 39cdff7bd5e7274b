import type { Field, LivePreviewConfig } from 'payload'

import type { ContentCollection } from '@/content/contentCollections'
import { siteUrl } from '@/config/siteUrl'
import { langOrDefault } from '@/i18n/lang'
import { previewMessages } from '@/i18n/messages/preview'
import { staffPreviewPath } from '@/preview/previewPaths'

const bothLanguages = (pick: (words: (typeof previewMessages)['vi']) => string): string =>
  `${pick(previewMessages.vi)} / ${pick(previewMessages.en as (typeof previewMessages)['vi'])}`

/**
 * Payload's live preview: the site's own page for the item's working copy, in the language
 * being edited, following the editor's typing and each save (src/site/preview/LivePreview.tsx).
 * The URL is absolute because the admin posts its messages to the frame's origin. The
 * breakpoint labels are a plain string in Payload's config, so they carry both languages.
 */
export const editorialLivePreview = (collection: ContentCollection): LivePreviewConfig => ({
  url: ({ data, locale }) => (data?.id ? `${siteUrl()}${staffPreviewPath(langOrDefault(locale?.code), collection, String(data.id))}` : null),
  breakpoints: [
    { name: 'desktop', label: bothLanguages((words) => words.desktop), width: 1280, height: 800 },
    { name: 'tablet', label: bothLanguages((words) => words.tablet), width: 768, height: 1024 },
    { name: 'mobile', label: bothLanguages((words) => words.mobile), width: 375, height: 667 },
  ],
})

/** The sidebar panel that opens the preview and makes, lists and revokes shared preview links. */
export const previewLinksField: Field = {
  name: 'previewLinks',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/src/admin/preview/PreviewLinksPanel#PreviewLinksPanel' } },
}
