import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { filesUsedBy, filesInLexical } from '@/content/filesUsedBy'

const upload = (id: number) => ({ type: 'upload', relationTo: 'media', value: id })
const lexical = (...children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })

const baseFields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'hero', type: 'upload', relationTo: 'media' },
  { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
]

describe('files an item uses, found from its configuration', () => {
  it('finds upload fields, hasMany uploads and rich-text images in every language', () => {
    const doc = { hero: 3, images: [{ id: 4 }, 5], body: { vi: lexical(upload(6)), en: lexical(upload(7)) }, campaign: 99 }
    expect(filesUsedBy({ fields: baseFields, doc })).toEqual([3, 4, 5, 6, 7])
  })

  it('ignores relationships to other collections', () => {
    expect(filesUsedBy({ fields: baseFields, doc: { campaign: 12 } })).toEqual([])
  })

  it('counts a media field added tomorrow deep inside arrays, named tabs, groups and blocks, localized or not', () => {
    const added: Field[] = [
      ...baseFields,
      {
        name: 'sections',
        type: 'array',
        fields: [
          {
            name: 'content',
            type: 'blocks',
            blocks: [{ slug: 'gallery', fields: [{ name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, localized: true }] }],
          },
        ],
      },
      { type: 'tabs', tabs: [{ name: 'press', fields: [{ name: 'kit', type: 'group', fields: [{ name: 'logo', type: 'upload', relationTo: 'media' }] }] }] },
      { type: 'collapsible', label: 'x', fields: [{ name: 'either', type: 'relationship', relationTo: ['media', 'campaigns'] }] },
    ]
    const doc = {
      sections: [{ content: [{ blockType: 'gallery', photos: { vi: [20], en: [{ id: 21 }] } }] }],
      press: { kit: { logo: 22 } },
      either: { relationTo: 'media', value: 23 },
    }
    expect(filesUsedBy({ fields: added, doc })).toEqual([20, 21, 22, 23])
    expect(filesUsedBy({ fields: baseFields, doc })).toEqual([])
  })

  it('finds uploads nested anywhere in rich text, and ignores values that are not ids', () => {
    const nested = lexical({ type: 'block', fields: { inner: upload(31) } }, upload(32), { type: 'upload', relationTo: 'media', value: 'NaN' })
    expect([...filesInLexical(nested)].sort()).toEqual([31, 32])
  })
})
