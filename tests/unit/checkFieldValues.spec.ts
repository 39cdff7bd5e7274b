import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { requestProblemText } from '@/i18n/describeRequestProblem'
import { checkFieldValues } from '@/platform/http/checkFieldValues'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'year', type: 'number' },
  { name: 'featured', type: 'checkbox' },
  { name: 'tags', type: 'text', hasMany: true },
  { type: 'row', fields: [{ name: 'from', type: 'date' }] },
  {
    name: 'lines',
    type: 'array',
    fields: [
      { name: 'phone', type: 'text' },
      { name: 'meta', type: 'group', fields: [{ name: 'note', type: 'textarea' }] },
    ],
  },
  { name: 'body', type: 'richText' },
  { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
  { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
  { name: 'related', type: 'relationship', relationTo: ['articles', 'campaigns'], hasMany: true },
  { name: 'cover', type: 'upload', relationTo: ['media', 'topics'] },
]
const check = (data: unknown) => checkFieldValues(data, fields, ['vi', 'en'])

describe('field values in a request body', () => {
  it('accepts what each field can store, one value per locale included', () => {
    expect(
      check({
        title: 'Tiêu đề',
        year: 2026,
        featured: true,
        tags: ['a'],
        from: '2026-12-07',
        lines: [{ phone: '111', meta: { note: 'x' } }],
        body: { root: {} },
      }),
    ).toBeNull()
    expect(check({ title: { vi: 'Tiêu đề', en: 'Title' }, year: '2026', lines: null, title2: ['not a field'] })).toBeNull()
  })

  it('refuses a list, an object or a flag in a text field, naming the field however deep it sits', () => {
    expect(check({ title: ['mảng'] })).toMatchObject({ field: 'title', code: 'invalid_body', reason: { key: 'text', params: { at: 'title' } } })
    expect(check({ from: { $gt: 1 } })).toMatchObject({ field: 'from' })
    expect(check({ lines: [{ phone: true }] })).toMatchObject({ field: 'lines.0.phone' })
    expect(check({ lines: [{ meta: { note: ['x'] } }] })).toMatchObject({ field: 'lines.0.meta.note' })
  })

  it('refuses a number that is not a number, a list that is not a list and a row that is not an object', () => {
    expect(check({ year: 'hai nghìn' })).toMatchObject({ field: 'year', reason: { key: 'number' } })
    expect(check({ lines: 'không phải danh sách' })).toMatchObject({ field: 'lines', reason: { key: 'rows' } })
    expect(check({ lines: ['x'] })).toMatchObject({ field: 'lines.0' })
    expect(check({ tags: 'a' })).toMatchObject({ field: 'tags' })
    expect(check({ featured: 'yes' })).toMatchObject({ field: 'featured' })
  })

  it('says what is wrong in Vietnamese or in English, naming the same field in both', () => {
    const found = check({ year: 'hai nghìn' })!
    expect(requestProblemText(found, 'vi')).toBe('`year` phải là một số.')
    expect(requestProblemText(found, 'en')).toBe('`year` must be a number.')
  })

  it('accepts ids, as numbers or digits, and { relationTo, value } where a relation may point at several collections', () => {
    expect(
      check({
        campaign: '12',
        images: [1, '2', { id: 3 }],
        related: [
          { relationTo: 'articles', value: 4 },
          { relationTo: 'campaigns', value: '5' },
        ],
        cover: { relationTo: 'media', value: 6 },
      }),
    ).toBeNull()
    expect(check({ campaign: null, images: [], related: [], cover: null })).toBeNull()
  })

  it('refuses an object, a list or text where a relationship or upload holds an id, naming the field', () => {
    expect(check({ images: [{ image: 1, caption: 'cap' }] })).toMatchObject({ field: 'images', code: 'invalid_body', reason: { key: 'relation' } })
    expect(check({ campaign: { title: 'x' } })).toMatchObject({ field: 'campaign', reason: { key: 'relation', params: { many: false } } })
    expect(check({ campaign: [1] })).toMatchObject({ field: 'campaign' })
    expect(check({ campaign: 'abc' })).toMatchObject({ field: 'campaign' })
    expect(check({ campaign: 1.5 })).toMatchObject({ field: 'campaign' })
    expect(check({ related: [4] })).toMatchObject({ field: 'related', reason: { key: 'polymorphicRelation' } })
    expect(check({ related: [{ relationTo: 'users', value: 1 }] })).toMatchObject({ field: 'related' })
    expect(check({ cover: { relationTo: 'media', value: { caption: 'x' } } })).toMatchObject({ field: 'cover' })
    expect(check({ lines: [{ phone: '1' }], images: ['x'] })).toMatchObject({ field: 'images' })
  })

  it('names the collections a polymorphic relation may point at, in both languages', () => {
    const found = check({ cover: 7 })!
    expect(requestProblemText(found, 'en')).toContain('one of media, topics')
    expect(requestProblemText(found, 'vi')).toContain('một trong media, topics')
  })
})
