import { describe, expect, it } from 'vitest'

import { checkQueryParams } from '@/platform/http/checkQueryParams'
import { checkWhere } from '@/platform/http/checkWhere'
import { formField, normaliseForm } from '@/platform/http/formField'
import { headerSafe } from '@/platform/http/headerSafe'
import { parsePathId } from '@/platform/http/pathId'
import { queryFieldKinds } from '@/platform/http/queryFieldKinds'
import { safeUploadName, sniffType } from '@/platform/http/safeUploadName'
import { subscriberIdOf } from '@/subscriptions/tokens'

const kinds = queryFieldKinds(
  [
    { name: 'title', type: 'text' },
    { name: 'stage', type: 'select', options: ['draft', { value: 'in-review', label: 'x' }, 'published'] },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
    { name: 'publishAt', type: 'date' },
  ],
  { drafts: true },
)
const query = (params: Record<string, unknown>) => checkQueryParams(params, { kinds, locales: ['vi', 'en'] })

describe('ids from a path, a query or a token', () => {
  it('accepts whole numbers from 1 to 2147483647', () => {
    expect(parsePathId('1')).toBe(1)
    expect(parsePathId('2147483647')).toBe(2147483647)
    expect(parsePathId(42)).toBe(42)
  })

  it('refuses what PostgreSQL integer columns cannot hold or Number() would bend', () => {
    for (const value of [
      '0',
      '-1',
      '2147483648',
      '99999999999',
      '1e20',
      'NaN',
      '1.5',
      '01',
      ' 1',
      '0x10',
      '',
      'abc',
      1.5,
      0,
      2 ** 31,
      Number.NaN,
      null,
      undefined,
      ['1'],
    ]) {
      expect(parsePathId(value), String(value)).toBeNull()
    }
  })

  it('treats a subscriber token whose id part has 12 digits as an unknown token', () => {
    expect(subscriberIdOf(`999999999999.${'a'.repeat(43)}`)).toBeNull()
    expect(subscriberIdOf(`12.${'a'.repeat(43)}`)).toBe(12)
  })
})

describe('REST query parameters', () => {
  it('lets the ordinary admin and client queries through', () => {
    expect(query({ limit: '10', page: '2', depth: '1', sort: '-publishAt,title', draft: 'true', locale: 'en', select: { title: 'true' } })).toBeNull()
    expect(query({ limit: 10, page: 1, depth: 0, sort: ['-publishAt'], draft: true, locale: 'all' })).toBeNull()
    expect(query({ where: { or: [{ title: { like: 'x' } }, { stage: { in: 'draft,published' } }], campaign: { equals: '3' } } })).toBeNull()
  })

  it('names limit, page and depth when they are negative, huge, not numbers or given twice', () => {
    for (const [name, value] of [
      ['limit', '-1'],
      ['limit', 1e12],
      ['limit', ['1', '2']],
      ['page', -5],
      ['page', '1e12'],
      ['page', '0'],
      ['depth', 'abc'],
      ['depth', 99],
    ] as const) {
      expect(query({ [name]: value })?.field, `${name}=${value}`).toBe(name)
    }
  })

  it('names sort, select, draft and locale when they are malformed', () => {
    expect(query({ sort: { x: 'b' } })?.field).toBe('sort')
    expect(query({ sort: ['title;drop'] })?.field).toBe('sort')
    expect(query({ select: 'abc' })?.field).toBe('select')
    expect(query({ draft: ['true'] })?.field).toBe('draft')
    expect(query({ locale: 'xx' })?.field).toBe('locale')
    expect(query({ locale: ['vi'] })?.field).toBe('locale')
  })

  it('refuses a where that is not JSON or not an object', () => {
    expect(query({ where: 'abc' })?.field).toBe('where')
    expect(query({ where: '[]' })?.field).toBe('where')
    expect(query({ where: '{"title":{"like":"x"}}' })).toBeNull()
  })
})

describe('where conditions', () => {
  it('refuses a value a select field does not have, and _status as a list or an object', () => {
    expect(checkWhere({ stage: { equals: 'zzz' } }, kinds)?.field).toBe('where.stage.equals')
    expect(checkWhere({ _status: { equals: ['draft'] } }, kinds)?.field).toBe('where._status.equals')
    expect(checkWhere({ _status: { equals: { a: 'b' } } }, kinds)?.field).toBe('where._status.equals')
    expect(checkWhere({ stage: { in: ['draft', 'nope'] } }, kinds)?.field).toBe('where.stage.in')
  })

  it('refuses ids and relations outside the integer range, and dates that are not dates', () => {
    expect(checkWhere({ id: { equals: '1e20' } }, kinds)?.field).toBe('where.id.equals')
    expect(checkWhere({ id: { in: 'a,b' } }, kinds)?.field).toBe('where.id.in')
    expect(checkWhere({ campaign: { equals: 'abc' } }, kinds)?.field).toBe('where.campaign.equals')
    expect(checkWhere({ publishAt: { less_than: 'notadate' } }, kinds)?.field).toBe('where.publishAt.less_than')
    expect(checkWhere({ publishAt: { less_than: new Date() } }, kinds)).toBeNull()
  })

  it('refuses unknown operators, bare values, and and/or that are not lists', () => {
    expect(checkWhere({ title: { drop: 'x' } }, kinds)?.field).toBe('where.title.drop')
    expect(checkWhere({ title: 'x' }, kinds)?.field).toBe('where.title')
    expect(checkWhere({ and: 'x' }, kinds)?.field).toBe('where.and')
    expect(checkWhere({ or: ['abc'] }, kinds)?.field).toBe('where.or.0')
  })

  it('leaves nested paths to Payload', () => {
    expect(checkWhere({ 'campaign.slug': { equals: 'anything' } }, kinds)).toBeNull()
  })
})

describe('form fields', () => {
  it('trims every kind of whitespace, zero-width characters included, and composes to NFC', () => {
    expect(formField('\u3000\u00a0\u200b I.1.2\u3000\ufeff')).toBe('I.1.2')
    expect(formField('Nguye\u0302\u0303n')).toBe('Nguyễn')
    expect(formField(['x'])).toBe('')
  })

  it('normalises every value of a form', () => {
    expect(normaliseForm(new URLSearchParams('email=%E3%80%80ten%40bao.vn%E2%80%8B')).get('email')).toBe('ten@bao.vn')
  })

  it('encodes what may not stand in a header', () => {
    expect(headerSafe('/codes/x?comment=received#clause-I.1.2\u3000')).toBe('/codes/x?comment=received#clause-I.1.2%E3%80%80')
    expect(headerSafe('/a\r\nSet-Cookie: x')).toBe('/a%0D%0ASet-Cookie:%20x')
    expect(headerSafe('/a\ud800')).toBe('/a%EF%BF%BD')
  })
})

describe('upload file names', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])

  it('drops path parts, backslashes, control characters and NUL', () => {
    expect(safeUploadName('../../etc/pass\u0000wd.png', 'image/png')).toBe('passwd.png')
    expect(safeUploadName('C:\\Users\\x\\ảnh lớp.png', 'image/png')).toBe('ảnh lớp.png')
    expect(safeUploadName('..\\..\\.htaccess', null)).toBe('htaccess')
    expect(safeUploadName('\u0000\u0001', null)).toBeNull()
  })

  it('corrects an extension that does not match the type the bytes show', () => {
    expect(sniffType(png, 'application/pdf')).toBe('image/png')
    expect(safeUploadName('report.pdf', sniffType(png, 'application/pdf'))).toBe('report.png')
    expect(safeUploadName('photo.JPEG', 'image/jpeg')).toBe('photo.jpeg')
    expect(safeUploadName('photo', 'image/jpeg')).toBe('photo.jpg')
  })
})

describe('request paths', () => {
  it('refuses percent-escapes that are not UTF-8 and decoded control characters', async () => {
    const { unreadablePath } = await import('@/platform/http/unreadablePath')
    expect(unreadablePath('/articles/%C0%AE%C0%AE')?.field).toBe('path')
    expect(unreadablePath('/api/media/file/%00')?.field).toBe('path')
    expect(unreadablePath('/articles/a%0D%0Ab')?.field).toBe('path')
    expect(unreadablePath('/articles/b%C3%A0i-m%E1%BB%99t')).toBeNull()
  })
})
