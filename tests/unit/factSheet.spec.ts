import { describe, expect, it } from 'vitest'

import type { BriefingPack, Media } from '../../payload-types'
import type { BundledFile } from '@/press/bundle/planBundle'
import { safeHref } from '@/platform/html/safeHref'
import { renderFactSheet, type FactSheetInput } from '@/press/bundle/renderFactSheet'

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'

const media = (id: number, extra: Partial<Media>): Media =>
  ({ id, alt: `Ảnh ${id}`, credit: `Tác giả ${id}`, updatedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z', ...extra }) as Media

const file = (entryName: string, item: Media, available = true): BundledFile => ({ media: item, entryName, storedName: item.filename ?? null, available })

function pack(extra: Partial<BriefingPack> = {}): BriefingPack {
  return {
    id: 7,
    title: 'Tài liệu họp báo tháng hành động',
    slug: 'tai-lieu-hop-bao',
    summary: 'Số liệu và thông điệp cho phóng viên.',
    keyFacts: [
      {
        statement: 'Trẻ em dùng Internet 5 giờ mỗi ngày',
        figure: '5 giờ',
        source: 'Khảo sát UNICEF 2024',
        sourceUrl: 'https://example.org/khao-sat',
        asOf: '2026-03-01T00:00:00Z',
      },
    ],
    talkingPoints: [{ point: 'Bảo vệ trẻ em trên mạng là trách nhiệm chung.' }],
    qa: [{ question: 'Gọi số nào khi cần hỗ trợ?', answer: 'Tổng đài 111, miễn phí.' }],
    spokespeople: [{ name: 'Nguyễn Văn Minh', role: 'Người phát ngôn', phone: '+84 24 3943 0000', email: 'phatngon@example.org' }],
    updatedAt: '2026-03-02T00:00:00Z',
    createdAt: '2026-03-01T00:00:00Z',
    ...extra,
  }
}

const input = (extra: Partial<FactSheetInput> = {}): FactSheetInput => ({
  pack: pack(),
  lang: 'vi',
  files: {
    documents: [file('documents/bao-cao-tong-ket.pdf', media(1, { filename: 'Báo cáo tổng kết.pdf', caption: 'Báo cáo năm', filesize: 2_400_000 }))],
    images: [
      file('images/lop-hoc.png', media(2, { filename: 'lớp học.png', caption: 'Giờ học kỹ năng số', usageTerms: 'Chỉ dùng cho tin bài về chương trình' })),
    ],
  },
  pageUrl: 'http://newsroom.test/briefing-packs/tai-lieu-hop-bao',
  generatedAt: new Date('2026-03-05T08:00:00Z'),
  ...extra,
})

describe('the printable fact sheet', () => {
  it('carries the title, summary, facts, talking points, Q&A and spokespeople with phone and email', async () => {
    const html = await renderFactSheet(input())
    for (const text of [
      'Tài liệu họp báo tháng hành động',
      'Số liệu và thông điệp cho phóng viên.',
      '5 giờ',
      'Khảo sát UNICEF 2024',
      'trách nhiệm chung',
      'Gọi số nào khi cần hỗ trợ?',
      'Nguyễn Văn Minh',
    ]) {
      expect(html).toContain(text)
    }
    expect(html).toContain('<a href="tel:+842439430000">+84 24 3943 0000</a>')
    expect(html).toContain('<a href="mailto:phatngon@example.org">phatngon@example.org</a>')
  })

  it('escapes a script in a talking point, so it shows as text and never runs', async () => {
    const html = await renderFactSheet(input({ pack: pack({ talkingPoints: [{ point: XSS }] }) }))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
  })

  it('escapes every other field an editor or uploader writes: title, Q&A, people, file credits and terms', async () => {
    const evil = media(3, { filename: 'x.png', caption: XSS, credit: XSS, usageTerms: XSS })
    const html = await renderFactSheet(
      input({
        pack: pack({
          title: XSS,
          summary: XSS,
          qa: [{ question: XSS, answer: XSS }],
          spokespeople: [{ name: XSS, role: XSS, phone: XSS, email: XSS }],
          keyFacts: [{ statement: XSS, source: XSS, figure: XSS }],
        }),
        files: { documents: [], images: [file('images/x.png', evil)] },
      }),
    )
    expect(html).not.toMatch(/<script>|<img |onerror=alert\(1\)>/)
  })

  it('links a source only when its address is http or https', async () => {
    const facts = [
      { statement: 'A', source: 'Nguồn web', sourceUrl: 'https://example.org/a' },
      { statement: 'B', source: 'Nguồn độc', sourceUrl: 'javascript:alert(1)' },
      { statement: 'C', source: 'Nguồn dữ liệu', sourceUrl: 'data:text/html,<script>alert(1)</script>' },
    ]
    const html = await renderFactSheet(input({ pack: pack({ keyFacts: facts }) }))
    expect(html).toContain('<a href="https://example.org/a">Nguồn web</a>')
    expect(html).not.toMatch(/href="(javascript|data):/i)
    expect(html).toContain('Nguồn độc')
    expect(safeHref(' JavaScript:alert(1)')).toBeNull()
    expect(safeHref('https://example.org/"><b>')).toBe('https://example.org/%22%3E%3Cb%3E')
  })

  it('lists the documents and images with their credits and usage terms, linked to their place in the bundle', async () => {
    const html = await renderFactSheet(input())
    expect(html).toContain('<a href="documents/bao-cao-tong-ket.pdf">documents/bao-cao-tong-ket.pdf</a>')
    expect(html).toContain('<a href="images/lop-hoc.png">images/lop-hoc.png</a>')
    expect(html).toContain('Tác giả 2')
    expect(html).toContain('Chỉ dùng cho tin bài về chương trình')
    expect(html).toContain('2.3 MB')
  })

  it('says when a file could not be put in the bundle instead of linking to nothing', async () => {
    const gone = file('documents/mat.pdf', media(4, { filename: 'mất.pdf' }), false)
    const html = await renderFactSheet(input({ files: { documents: [gone], images: [] } }))
    expect(html).not.toContain('href="documents/mat.pdf"')
    expect(html).toContain('thiếu tệp trên máy chủ')
  })

  it('is self-contained and printable: inline CSS with a print stylesheet, no script, a policy that blocks any', async () => {
    const html = await renderFactSheet(input())
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<script|<link|src="http/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })

  it('prints the embargo prominently while it holds, and nothing about it otherwise', async () => {
    expect(await renderFactSheet(input({ embargoedUntil: '2026-03-10T02:00:00Z' }))).toMatch(/class="embargo"[^>]*>CẤM ĐĂNG ĐẾN .*10.*2026/)
    expect(await renderFactSheet(input())).not.toContain('class="embargo"')
  })

  it('speaks English when asked for English', async () => {
    const html = await renderFactSheet(input({ lang: 'en', embargoedUntil: '2026-03-10T02:00:00Z' }))
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Key facts')
    expect(html).toContain('EMBARGOED UNTIL')
    expect(html).toContain('Usage terms')
  })
})
