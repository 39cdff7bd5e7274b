import { describe, expect, it } from 'vitest'

import { diffWords, type WordOp } from '@/consultation/diff/diffWords'
import { tokenize } from '@/consultation/diff/tokenize'

const side = (ops: WordOp[], skip: WordOp['op']) =>
  ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join('')

describe('tokenize', () => {
  it('keeps Vietnamese words whole with their diacritics and gives back the text when joined', () => {
    const text = 'Bảo vệ trẻ em, ngay!'
    expect(tokenize(text)).toEqual(['Bảo', ' ', 'vệ', ' ', 'trẻ', ' ', 'em', ',', ' ', 'ngay', '!'])
    expect(tokenize(text).join('')).toBe(text)
  })

  it('normalises decomposed input to the same tokens as precomposed input', () => {
    expect(tokenize('tre\u0302 em')).toEqual(['trê', ' ', 'em'])
    expect(tokenize('Bảo vệ trẻ em'.normalize('NFD'))).toEqual(tokenize('Bảo vệ trẻ em'))
  })

  it('keeps inner apostrophes and hyphens inside a word', () => {
    expect(tokenize("don't self-report")).toEqual(["don't", ' ', 'self-report'])
  })
})

describe('diffWords', () => {
  it('replaces "em" with "nhỏ" and keeps "trẻ" equal', () => {
    expect(diffWords('trẻ em', 'trẻ nhỏ')).toEqual([
      { op: 'equal', text: 'trẻ ' },
      { op: 'delete', text: 'em' },
      { op: 'insert', text: 'nhỏ' },
    ])
  })

  it('treats "trẻ" and "tre" as different words', () => {
    expect(diffWords('trẻ', 'tre')).toEqual([
      { op: 'delete', text: 'trẻ' },
      { op: 'insert', text: 'tre' },
    ])
  })

  it('reports "bảo vệ" versus "bao ve" as whole words, never half a word', () => {
    const ops = diffWords('bảo vệ', 'bao ve')
    expect(ops).toEqual([
      { op: 'delete', text: 'bảo vệ' },
      { op: 'insert', text: 'bao ve' },
    ])
  })

  it('finds a word changed in the middle of a sentence without splitting it', () => {
    expect(diffWords('Bảo vệ trẻ em trên mạng', 'Bảo vệ trẻ nhỏ trên mạng')).toEqual([
      { op: 'equal', text: 'Bảo vệ trẻ ' },
      { op: 'delete', text: 'em' },
      { op: 'insert', text: 'nhỏ' },
      { op: 'equal', text: ' trên mạng' },
    ])
  })

  it('sees NFC and NFD spellings of the same text as equal', () => {
    const text = 'Người lớn không được ở một mình với trẻ.'
    expect(diffWords(text.normalize('NFD'), text)).toEqual([{ op: 'equal', text }])
    expect(diffWords('tre\u0302', 'trê')).toEqual([{ op: 'equal', text: 'trê' }])
  })

  it('does not report a change in spacing alone, using the new spacing', () => {
    expect(diffWords('trẻ  em', 'trẻ em')).toEqual([{ op: 'equal', text: 'trẻ em' }])
  })

  it('keeps words equal between two separate changes', () => {
    expect(diffWords('a b c', 'x b z')).toEqual([
      { op: 'delete', text: 'a' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: ' b ' },
      { op: 'delete', text: 'c' },
      { op: 'insert', text: 'z' },
    ])
  })

  it('reports pure insertions and deletions, and nothing for two empty texts', () => {
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('', 'mới')).toEqual([{ op: 'insert', text: 'mới' }])
    expect(diffWords('Staff must report.', 'Staff report.')).toEqual([
      { op: 'equal', text: 'Staff ' },
      { op: 'delete', text: 'must ' },
      { op: 'equal', text: 'report.' },
    ])
  })

  it('diffs 3,000 tokens a side, merging adjacent ops and rebuilding both texts', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `từ${i}`)
    const from = words.join(' ')
    const to = words.map((w, i) => (i % 100 === 50 ? `mới${i}` : w)).join(' ')
    const ops = diffWords(from, to)
    expect(side(ops, 'insert')).toBe(from)
    expect(side(ops, 'delete')).toBe(to)
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text)).toEqual(words.filter((_, i) => i % 100 === 50))
    for (let k = 1; k < ops.length; k++) expect(ops[k]!.op).not.toBe(ops[k - 1]!.op)
  })

  it('falls back to one delete and one insert for a middle too large to table', () => {
    const from = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' ')
    const to = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(' ')
    expect(diffWords(`x ${from} y`, `x ${to} y`)).toEqual([
      { op: 'equal', text: 'x ' },
      { op: 'delete', text: from },
      { op: 'insert', text: to },
      { op: 'equal', text: ' y' },
    ])
  })
})
