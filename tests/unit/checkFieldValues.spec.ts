import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { requestProblemText } from '../../src/i18n/describeRequestProblem'
import { checkFieldValues } from '../../src/platform/http/checkFieldValues'

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
})
