import { describe, expect, it } from 'vitest'

import type { BriefingPack } from '../../payload-types'
import { bodyHtml } from '@/delivery/ninjs/bodyHtml'
import { renderFactSheet } from '@/press/bundle/renderFactSheet'

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'

const pack = (extra: Partial<BriefingPack>): BriefingPack => ({
  id: 3,
  title: 'Gói thử',
  slug: 'goi-thu',
  keyFacts: [{ statement: 'Một số liệu', source: 'Nguồn thử' }],
  updatedAt: '2026-03-02T00:00:00Z',
  createdAt: '2026-03-01T00:00:00Z',
  ...extra,
})

/** The two outputs rendered to static markup: the ZIP's fact sheet and the ninjs body. */
const outputs = async (value: BriefingPack) => ({
  'fact sheet': await renderFactSheet({
    pack: value,
    lang: 'vi',
    files: { documents: [], images: [] },
    pageUrl: 'http://newsroom.test/p',
    generatedAt: new Date('2026-03-05T08:00:00Z'),
  }),
  'ninjs body': await bodyHtml('briefing-pack', value, 'vi'),
})

describe("a briefing pack's body as static markup", () => {
  it('escapes what editors write in every section, in the fact sheet and the ninjs body alike', async () => {
    const hostile = pack({
      keyFacts: [{ statement: XSS, figure: XSS, source: XSS }],
      talkingPoints: [{ point: XSS }],
      qa: [{ question: XSS, answer: XSS }],
      spokespeople: [{ name: XSS, role: XSS, phone: XSS, email: XSS }],
    })
    for (const [output, html] of Object.entries(await outputs(hostile))) {
      expect(html, output).not.toMatch(/<script|<img |onerror=alert\(1\)>/)
      expect(html, output).toContain('&lt;script&gt;')
      expect(html, output).not.toContain('mailto:<')
    }
  })

  it('links a source only when its address is http or https, in the fact sheet and the ninjs body alike', async () => {
    const sources = pack({
      keyFacts: [
        { statement: 'A', source: 'Nguồn web', sourceUrl: 'https://example.org/a' },
        { statement: 'B', source: 'Nguồn độc', sourceUrl: 'javascript:alert(1)' },
        { statement: 'C', source: 'Nguồn dữ liệu', sourceUrl: 'data:text/html,<script>alert(1)</script>' },
      ],
    })
    for (const [output, html] of Object.entries(await outputs(sources))) {
      expect(html, output).toContain('<a href="https://example.org/a">Nguồn web</a>')
      expect(html, output).not.toMatch(/href="(javascript|data):/i)
      expect(html, output).toContain('Nguồn độc')
    }
  })

  it('leaves out a row whose text was not written in this language, in the fact sheet and the ninjs body alike', async () => {
    const halfWritten = pack({ keyFacts: [], talkingPoints: [{ point: 'Đã viết' }, { point: '' }, { point: null as unknown as string }] })
    for (const [output, html] of Object.entries(await outputs(halfWritten))) {
      expect(html.match(/<li>/g)?.length ?? 0, output).toBe(1)
      expect(html, output).not.toContain('<li></li>')
    }
  })
})
