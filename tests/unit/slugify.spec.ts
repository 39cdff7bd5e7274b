import { describe, expect, it } from 'vitest'

import { slugify, uniqueSlug } from '@/content/slugify'

describe('slugify', () => {
  it('turns a Vietnamese title into an ASCII slug, with đ as d', () => {
    expect(slugify('Chiến dịch bảo vệ trẻ em')).toBe('chien-dich-bao-ve-tre-em')
    expect(slugify('Đừng để trẻ đơn độc trên mạng')).toBe('dung-de-tre-don-doc-tren-mang')
  })

  it('handles text typed in decomposed Unicode the same way', () => {
    expect(slugify('Trẻ em'.normalize('NFD'))).toBe('tre-em')
  })

  it('drops punctuation and collapses separators', () => {
    expect(slugify('  Hỏi & đáp: 5 mẹo an toàn!!  ')).toBe('hoi-dap-5-meo-an-toan')
  })

  it('keeps long slugs under the limit without cutting a word', () => {
    const slug = slugify('Hướng dẫn cha mẹ bảo vệ con trước nguy cơ bị dụ dỗ trên mạng xã hội và trò chơi trực tuyến', 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect('huong-dan-cha-me-bao-ve-con-truoc-nguy-co-bi-du-do').toContain(slug)
  })
})

describe('uniqueSlug', () => {
  it('numbers a slug that is already taken', async () => {
    const taken = new Set(['tre-em', 'tre-em-2'])
    expect(await uniqueSlug('tre-em', async (candidate) => taken.has(candidate))).toBe('tre-em-3')
    expect(await uniqueSlug('moi', async (candidate) => taken.has(candidate))).toBe('moi')
  })
})
