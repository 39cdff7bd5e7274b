import { describe, expect, it } from 'vitest'

import { selectDigestItems, type DigestCandidate, type DigestReader } from '@/email/digest/selectDigestItems'

const since = new Date('2026-11-28T00:00:00.000Z')
const after = (minutes: number) => new Date(since.getTime() + minutes * 60_000)

function candidate(doc: string, lang: 'vi' | 'en', minutes: number, extra: Partial<DigestCandidate> = {}): DigestCandidate {
  const [type, id] = doc.split(':') as [DigestCandidate['contentType'], string]
  return {
    itemId: `${type}-${id}-${lang}`,
    docKey: `${type}-${id}`,
    lang,
    contentType: type,
    slug: `${type}-${id}`,
    campaignSlug: 'chien-dich-a',
    topicSlugs: ['grooming'],
    occurredAt: after(minutes),
    updated: false,
    ninjs: { uri: `urn:newsroom:${type}:${id}:${lang}`, headlines: [{ value: `${doc} ${lang}` }] } as never,
    ...extra,
  }
}

const reader = (extra: Partial<DigestReader> = {}): DigestReader => ({ locale: 'vi', since, topicSlugs: [], campaignSlugs: [], contentTypes: [], ...extra })
const ids = (items: DigestCandidate[]) => items.map((item) => item.itemId)

describe('what is new', () => {
  it('lists only changes after the subscriber’s last digest, the boundary itself excluded', () => {
    const items = [
      candidate('article:1', 'vi', -5),
      candidate('article:2', 'vi', 0),
      candidate('article:3', 'vi', 1 / 60_000),
      candidate('article:4', 'vi', 30),
    ]
    expect(ids(selectDigestItems(items, reader()))).toEqual(['article-4-vi', 'article-3-vi'])
  })

  it('lists nothing when nothing is newer than the last digest', () => {
    expect(selectDigestItems([candidate('article:1', 'vi', -60), candidate('campaign:2', 'vi', 0)], reader())).toEqual([])
    expect(selectDigestItems([], reader())).toEqual([])
  })

  it('lists the newest first, whatever the order it was given', () => {
    const items = [candidate('article:1', 'vi', 10), candidate('campaign:2', 'vi', 30), candidate('briefing-pack:3', 'vi', 20)]
    expect(ids(selectDigestItems(items, reader()))).toEqual(['campaign-2-vi', 'briefing-pack-3-vi', 'article-1-vi'])
    expect(ids(selectDigestItems([...items].reverse(), reader()))).toEqual(['campaign-2-vi', 'briefing-pack-3-vi', 'article-1-vi'])
  })

  it('lists each item once, at its newest change', () => {
    const older = candidate('article:1', 'vi', 10, { ninjs: { headlines: [{ value: 'old' }] } as never })
    const newer = candidate('article:1', 'vi', 50, { updated: true, ninjs: { headlines: [{ value: 'new' }] } as never })
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const picked = selectDigestItems(order, reader())
      expect(picked).toHaveLength(1)
      expect(picked[0]).toBe(newer)
    }
  })
})

describe('interests', () => {
  it('follows every content type when none is chosen, and only the chosen ones otherwise', () => {
    const items = [candidate('article:1', 'vi', 1), candidate('campaign:2', 'vi', 2), candidate('briefing-pack:3', 'vi', 3)]
    expect(selectDigestItems(items, reader())).toHaveLength(3)
    expect(ids(selectDigestItems(items, reader({ contentTypes: ['briefing-pack', 'article'] })))).toEqual(['briefing-pack-3-vi', 'article-1-vi'])
    expect(ids(selectDigestItems(items, reader({ contentTypes: ['campaign'] })))).toEqual(['campaign-2-vi'])
  })

  it('follows a topic when the item has any of the subscriber’s topics, and leaves out items without topics', () => {
    const items = [
      candidate('article:1', 'vi', 1, { topicSlugs: ['grooming', 'bat-nat'] }),
      candidate('article:2', 'vi', 2, { topicSlugs: ['lua-dao'] }),
      candidate('article:3', 'vi', 3, { topicSlugs: [] }),
    ]
    expect(ids(selectDigestItems(items, reader({ topicSlugs: ['bat-nat', 'khac'] })))).toEqual(['article-1-vi'])
    expect(selectDigestItems(items, reader({ topicSlugs: [] }))).toHaveLength(3)
  })

  it('follows a campaign by slug, and leaves out items of no campaign when campaigns are chosen', () => {
    const items = [
      candidate('article:1', 'vi', 1, { campaignSlug: 'chien-dich-a' }),
      candidate('article:2', 'vi', 2, { campaignSlug: 'chien-dich-b' }),
      candidate('briefing-pack:3', 'vi', 3, { campaignSlug: null }),
    ]
    expect(ids(selectDigestItems(items, reader({ campaignSlugs: ['chien-dich-b'] })))).toEqual(['article-2-vi'])
    expect(selectDigestItems(items, reader())).toHaveLength(3)
  })

  it('needs every chosen kind of interest to match at once', () => {
    const items = [
      candidate('article:1', 'vi', 1, { campaignSlug: 'chien-dich-a', topicSlugs: ['grooming'] }),
      candidate('article:2', 'vi', 2, { campaignSlug: 'chien-dich-a', topicSlugs: ['lua-dao'] }),
      candidate('campaign:3', 'vi', 3, { campaignSlug: 'chien-dich-a', topicSlugs: ['grooming'] }),
      candidate('article:4', 'vi', 4, { campaignSlug: 'chien-dich-b', topicSlugs: ['grooming'] }),
    ]
    const picky = reader({ campaignSlugs: ['chien-dich-a'], topicSlugs: ['grooming'], contentTypes: ['article'] })
    expect(ids(selectDigestItems(items, picky))).toEqual(['article-1-vi'])
  })
})

describe('language', () => {
  it('gives an English reader the English item when there is one, whatever the order', () => {
    const vi = candidate('article:1', 'vi', 5)
    const en = candidate('article:1', 'en', 5)
    expect(ids(selectDigestItems([vi, en], reader({ locale: 'en' })))).toEqual(['article-1-en'])
    expect(ids(selectDigestItems([en, vi], reader({ locale: 'en' })))).toEqual(['article-1-en'])
  })

  it('prefers the reader’s language even when the other language changed later', () => {
    const items = [candidate('article:1', 'en', 5), candidate('article:1', 'vi', 40)]
    expect(ids(selectDigestItems(items, reader({ locale: 'en' })))).toEqual(['article-1-en'])
    expect(ids(selectDigestItems(items, reader({ locale: 'vi' })))).toEqual(['article-1-vi'])
  })

  it('gives an English reader the Vietnamese item when there is no English one', () => {
    expect(ids(selectDigestItems([candidate('campaign:2', 'vi', 5)], reader({ locale: 'en' })))).toEqual(['campaign-2-vi'])
  })

  it('never gives a Vietnamese reader an English item, even one with no Vietnamese version', () => {
    const items = [candidate('article:1', 'en', 5), candidate('article:2', 'en', 6), candidate('article:2', 'vi', 6)]
    expect(ids(selectDigestItems(items, reader({ locale: 'vi' })))).toEqual(['article-2-vi'])
    expect(ids(selectDigestItems([candidate('article:1', 'en', 5)], reader({ locale: 'vi' })))).toEqual([])
  })

  it('lists a document once for an English reader, in English, while listing other documents in Vietnamese', () => {
    const items = [candidate('article:1', 'vi', 10), candidate('article:1', 'en', 10), candidate('article:2', 'vi', 20)]
    expect(ids(selectDigestItems(items, reader({ locale: 'en' })))).toEqual(['article-2-vi', 'article-1-en'])
  })
})

describe('purity', () => {
  it('leaves its input untouched and answers the same twice', () => {
    const items = [candidate('article:1', 'vi', 30), candidate('article:1', 'en', 30), candidate('campaign:2', 'vi', 10)]
    const copy = structuredClone(items)
    const first = selectDigestItems(items, reader({ locale: 'en' }))
    const second = selectDigestItems(items, reader({ locale: 'en' }))
    expect(items).toEqual(copy)
    expect(ids(first)).toEqual(ids(second))
  })
})
