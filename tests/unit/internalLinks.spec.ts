import { describe, expect, it } from 'vitest'

import { richTextHtml } from '@/content/richText/richTextHtml'
import { collectLinkTargets } from '@/content/links/collectLinkTargets'
import { readLinkTarget } from '@/content/links/readLinkTarget'
import { rewriteInternalLinks } from '@/content/links/rewriteInternalLinks'

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const link = (words: string, relationTo: string, value: unknown) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
  children: [text(words)],
})
const doc = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] } })

describe('internal link targets', () => {
  it('reads the same target from an id, a numeric string and a populated document', () => {
    expect(readLinkTarget({ linkType: 'internal', doc: { relationTo: 'articles', value: 7 } })).toEqual({ collection: 'articles', id: 7 })
    expect(readLinkTarget({ linkType: 'internal', doc: { relationTo: 'articles', value: '7' } })).toEqual({ collection: 'articles', id: 7 })
    expect(readLinkTarget({ linkType: 'internal', doc: { relationTo: 'articles', value: { id: 7, slug: 'x' } } })).toEqual({ collection: 'articles', id: 7 })
  })

  it('finds no public page behind a link to a user, a media file, a custom URL or a broken target', () => {
    expect(readLinkTarget({ linkType: 'internal', doc: { relationTo: 'users', value: 1 } })).toBeNull()
    expect(readLinkTarget({ linkType: 'internal', doc: { relationTo: 'media', value: 1 } })).toBeNull()
    expect(readLinkTarget({ linkType: 'custom', url: 'https://example.org' })).toBeNull()
    expect(readLinkTarget({ linkType: 'internal', doc: { relationTo: 'articles', value: null } })).toBeNull()
  })

  it('collects each target once from several documents', () => {
    expect(collectLinkTargets(doc(link('a', 'articles', 1), link('b', 'articles', { id: 1 })), doc(link('c', 'campaigns', 2)), null)).toEqual([
      { collection: 'articles', id: 1 },
      { collection: 'campaigns', id: 2 },
    ])
  })
})

describe('settling internal links for a reader', () => {
  const targets = new Map([['articles:1', 'huong-dan']])
  const value = doc(text('Xem '), link('hướng dẫn', 'articles', { id: 1, slug: 'huong-dan' }), text(' và '), link('bài nháp', 'articles', 2))

  it('links a public target in the reader’s language and keeps only the words of a hidden one', () => {
    expect(richTextHtml(rewriteInternalLinks(value, targets, { lang: 'vi', base: '' }))).toBe(
      '<p>Xem <a href="/articles/huong-dan">hướng dẫn</a> và bài nháp</p>',
    )
    expect(richTextHtml(rewriteInternalLinks(value, targets, { lang: 'en', base: 'https://site.test' }))).toBe(
      '<p>Xem <a href="https://site.test/en/articles/huong-dan">hướng dẫn</a> và bài nháp</p>',
    )
  })

  it('never renders an unsettled internal link as href="#": only its words', () => {
    expect(richTextHtml(value)).toBe('<p>Xem hướng dẫn và bài nháp</p>')
  })

  it('leaves the stored document as it was', () => {
    const before = JSON.stringify(value)
    rewriteInternalLinks(value, targets, { lang: 'vi', base: '' })
    expect(JSON.stringify(value)).toBe(before)
  })
})
