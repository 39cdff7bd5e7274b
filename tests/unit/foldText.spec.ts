import { describe, expect, it } from 'vitest'

import { foldText } from '@/search/foldText'
import { makeSnippet } from '@/search/makeSnippet'
import { parseSearchParams } from '@/search/searchParams'
import { prefixTsQuery, queryWords } from '@/search/tsQuery'

describe('foldText', () => {
  it('takes the diacritics off Vietnamese words and lower-cases them', () => {
    expect(foldText('Trẻ em')).toBe('tre em')
    expect(foldText('bảo vệ')).toBe('bao ve')
    expect(foldText('Người phát ngôn')).toBe('nguoi phat ngon')
  })

  it('turns đ and Đ into d', () => {
    expect(foldText('Đà Nẵng')).toBe('da nang')
    expect(foldText('đường dây nóng ĐƯỜNG')).toBe('duong day nong duong')
  })

  it('folds text typed in decomposed (NFD) and composed (NFC) Unicode the same way', () => {
    const composed = 'Bảo vệ trẻ em ở Đà Nẵng'.normalize('NFC')
    const decomposed = composed.normalize('NFD')
    expect(decomposed).not.toBe(composed)
    expect(foldText(decomposed)).toBe(foldText(composed))
    expect(foldText(decomposed)).toBe('bao ve tre em o da nang')
  })

  it('collapses runs of whitespace, new lines included, and trims the ends', () => {
    expect(foldText('  trẻ\n\n em\t trên   mạng ')).toBe('tre em tren mang')
  })

  it('leaves digits and punctuation in place', () => {
    expect(foldText('Tổng đài 111 (miễn phí)')).toBe('tong dai 111 (mien phi)')
  })

  it('returns an empty string for blank text', () => {
    expect(foldText(' \n ')).toBe('')
  })
})

// What the search does with folded text: the words of a query and the snippet of a result.
describe('queryWords', () => {
  it('folds the query into words that each match as a prefix, all of them required', () => {
    expect(queryWords('Trẻ EM')).toEqual(['tre', 'em'])
    expect(prefixTsQuery(queryWords('bảo vệ'))).toBe('bao:* & ve:*')
  })

  it('keeps nothing of tsquery syntax, whatever the user types', () => {
    expect(queryWords(`tre & em | !(bao):* 've' "\\ <-> x`)).toEqual(['tre', 'em', 'bao', 've', 'x'])
    expect(queryWords(`&|!():*'"\\`)).toEqual([])
  })

  it('is no query at all when fewer than two letters or digits are left', () => {
    expect(queryWords('')).toEqual([])
    expect(queryWords('  ')).toEqual([])
    expect(queryWords('ẻ')).toEqual([])
    expect(queryWords('(a)')).toEqual([])
    expect(queryWords('ab')).toEqual(['ab'])
  })

  it('reads no further than 200 characters of a query', () => {
    const words = queryWords(`${'x'.repeat(199)} y`)
    expect(words).toEqual(['x'.repeat(199)])
  })
})

describe('makeSnippet', () => {
  const summary =
    'Hướng dẫn dành cho cha mẹ, thầy cô và nhà trường về cách trò chuyện với con khi con gặp chuyện không vui trên mạng xã hội, kèm số điện thoại của tổng đài quốc gia bảo vệ trẻ em 111 và các đường dây hỗ trợ khác trong cả nước.'

  it('keeps the diacritics of the original text around the first matching word', () => {
    const snippet = makeSnippet(summary, queryWords('tong dai'))
    expect(snippet).toContain('tổng đài quốc gia bảo vệ trẻ em')
    expect(snippet.startsWith('… ')).toBe(true)
  })

  it('starts at the beginning when nothing in the summary matches, and marks what was cut', () => {
    const snippet = makeSnippet(summary, ['zzz'])
    expect(snippet.startsWith('Hướng dẫn dành cho')).toBe(true)
    expect(snippet.endsWith(' …')).toBe(true)
  })

  it('gives a short summary back whole, and nothing for an empty one', () => {
    expect(makeSnippet('Bảo vệ trẻ em.', ['tre'])).toBe('Bảo vệ trẻ em.')
    expect(makeSnippet('', ['tre'])).toBe('')
  })
})

describe('parseSearchParams', () => {
  it('takes the first q, trimmed, and a page number of 1 or more', () => {
    expect(parseSearchParams({ q: ['  trẻ em ', 'x'], page: '3' })).toEqual({ q: 'trẻ em', page: 3 })
    expect(parseSearchParams({ q: 'a', page: '-2' }).page).toBe(1)
    expect(parseSearchParams({ page: 'abc' })).toEqual({ q: '', page: 1 })
  })

  it('takes every control character out of the query, NUL, tab and DEL included, keeping the words apart', () => {
    expect(parseSearchParams({ q: 'abc\u0000def' }).q).toBe('abc def')
    expect(parseSearchParams({ q: '\u0000trẻ\tem\u007f\u009b\r\n' }).q).toBe('trẻ em')
    expect(parseSearchParams({ q: '\u0001\u001f' }).q).toBe('')
    expect(parseSearchParams({ q: ['a\u0000', 'b'] }).q).toMatch(/^[^\p{Cc}]*$/u)
  })
})
