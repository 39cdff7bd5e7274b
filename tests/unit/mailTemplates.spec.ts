import { identityNow } from '@/content/settings/identityNow'
import { describe, expect, it } from 'vitest'

import { renderAlertMail } from '@/mail/templates/renderAlertMail'
import { renderAlreadySubscribedMail } from '@/mail/templates/renderAlreadySubscribedMail'
import { renderConfirmationMail } from '@/mail/templates/renderConfirmationMail'
import { renderCorrectionMail } from '@/mail/templates/renderCorrectionMail'
import { renderDigestMail } from '@/mail/templates/renderDigestMail'
import type { MailItem, MailLinks, RenderedMail } from '@/mail/templates/types'
import { type Lang } from '@/i18n/lang'

const links: MailLinks = {
  manageUrl: 'https://newsroom.example.vn/subscriptions/manage?token=m-123',
  unsubscribeUrl: 'https://newsroom.example.vn/subscriptions/unsubscribe?token=u-456',
  siteUrl: 'https://newsroom.example.vn',
}

const item = (overrides: Partial<MailItem> = {}): MailItem => ({
  title: 'Hướng dẫn an toàn trực tuyến cho trẻ',
  summary: 'Mười lời khuyên cho phụ huynh.',
  url: 'https://newsroom.example.vn/bai-viet/huong-dan',
  type: 'article',
  publishedAt: '2026-11-28T03:00:00Z',
  updated: false,
  ...overrides,
})

const periodStart = new Date('2026-11-27T17:00:00Z') // 28/11/2026 00:00 in Vietnam
const periodEnd = new Date('2026-11-28T17:00:00Z') // 29/11/2026 00:00 in Vietnam

const digestItems: MailItem[] = [
  item({ title: 'Bài một', url: 'https://newsroom.example.vn/a/1' }),
  item({ title: 'Chiến dịch mùa hè', url: 'https://newsroom.example.vn/c/1', type: 'campaign' }),
  item({ title: 'Bài hai', url: 'https://newsroom.example.vn/a/2', updated: true, changeNote: 'Sửa số liệu thống kê' }),
  item({ title: 'Bộ tài liệu họp báo', url: 'https://newsroom.example.vn/p/1', type: 'briefing-pack' }),
  item({ title: 'Bài ba', url: 'https://newsroom.example.vn/a/3' }),
]

const renderAll = (locale: Lang, hostile: Partial<MailItem> = {}): Record<string, RenderedMail> => ({
  confirmation: renderConfirmationMail({
    locale,
    name: hostile.title ?? 'Lan',
    confirmUrl: hostile.url ?? 'https://newsroom.example.vn/subscriptions/confirm?token=c-789',
    expiresAt: new Date('2026-12-05T03:00:00Z'),
  }),
  alreadySubscribed: renderAlreadySubscribedMail({ locale, manageUrl: links.manageUrl }),
  alert: renderAlertMail({ locale, item: item(hostile), links }),
  digest: renderDigestMail({ locale, frequency: 'daily', periodStart, periodEnd, items: [item(hostile), ...digestItems], links }),
  correction: renderCorrectionMail({
    locale,
    item: { title: hostile.title ?? 'Bài đã gỡ', url: hostile.url ?? 'https://newsroom.example.vn/a/9' },
    at: new Date('2026-11-28T17:30:00Z'),
    links,
  }),
})

const hrefsOf = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '')
const unescapeHref = (href: string): string => href.replace(/&amp;/g, '&')

describe('every mail template', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`renders a complete ${locale} document with the lang attribute, a preheader and a 600px frame`, () => {
      for (const mail of Object.values(renderAll(locale))) {
        expect(mail.html.startsWith('<!DOCTYPE html>')).toBe(true)
        expect(mail.html).toContain(`<html lang="${locale}"`)
        expect(mail.html).toContain('</html>')
        expect(mail.html).toContain('display:none')
        expect(mail.html).toContain('max-width:600px')
        expect(mail.html).toContain('role="presentation"')
      }
    })

    it(`uses inline styles only in ${locale}: no <style>, no <link>, no classes, no images`, () => {
      for (const mail of Object.values(renderAll(locale))) {
        expect(mail.html).not.toMatch(/<style/i)
        expect(mail.html).not.toMatch(/<link/i)
        expect(mail.html).not.toMatch(/\sclass=/i)
        expect(mail.html).not.toMatch(/<img/i)
      }
    })

    it(`makes every link absolute http(s) in ${locale}`, () => {
      for (const mail of Object.values(renderAll(locale))) {
        const hrefs = hrefsOf(mail.html)
        expect(hrefs.length).toBeGreaterThan(0)
        for (const href of hrefs) expect(href).toMatch(/^https?:\/\//)
      }
    })

    it(`puts every HTML link in the text part too, in ${locale}`, () => {
      for (const mail of Object.values(renderAll(locale))) {
        for (const href of hrefsOf(mail.html)) expect(mail.text).toContain(unescapeHref(href))
      }
    })
  }

  it('escapes hostile titles in every mail', () => {
    const title = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    for (const locale of ['vi', 'en'] as const) {
      for (const mail of Object.values(renderAll(locale, { title, summary: title, changeNote: title, updated: true }))) {
        expect(mail.html).not.toContain('<script>')
        expect(mail.html).not.toMatch(/<img/i)
        // Quoted attribute values hold escaped text only; outside them no tag may gain a handler.
        expect(mail.html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\sonerror=/i)
      }
    }
    expect(renderAlertMail({ locale: 'vi', item: item({ title }), links }).html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img')
  })

  it('never links a javascript:, data: or relative URL, in either part', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '/relative/path', 'https://a b.example']) {
      for (const locale of ['vi', 'en'] as const) {
        for (const mail of Object.values(renderAll(locale, { url }))) {
          expect(mail.html.toLowerCase()).not.toContain('javascript:')
          expect(mail.html).not.toContain('data:text')
          expect(mail.html).not.toContain('href="/relative')
          expect(mail.text.toLowerCase()).not.toContain('javascript:')
          expect(mail.text).not.toContain('/relative/path')
        }
      }
    }
  })

  it('keeps a hostile title out of the link text while still showing it as text', () => {
    const html = renderAlertMail({ locale: 'en', item: item({ title: 'Safe title', url: 'javascript:alert(1)' }), links }).html
    expect(html).toContain('Safe title')
    expect(hrefsOf(html)).not.toContain('javascript:alert(1)')
  })

  it('strips CR and LF from every subject, even when a title tries to add a Bcc header', () => {
    const title = 'Tin nóng\r\nBcc: x@y'
    for (const locale of ['vi', 'en'] as const) {
      for (const mail of Object.values(renderAll(locale, { title }))) {
        expect(mail.subject).not.toMatch(/[\r\n]/)
      }
      expect(renderAlertMail({ locale, item: item({ title }), links }).subject).toContain('Tin nóng Bcc: x@y')
    }
  })

  it('ends every mail but the confirmation with the reason, a manage link and an unsubscribe link', () => {
    const reasons = {
      vi: `Bạn nhận thư này vì đã đăng ký nhận tin của ${identityNow('vi').programme}`,
      en: `You receive this because you subscribed to news from the ${identityNow('en').programme}`,
    }
    for (const locale of ['vi', 'en'] as const) {
      const { confirmation, ...rest } = renderAll(locale)
      for (const [name, mail] of Object.entries(rest)) {
        expect(mail.html, name).toContain(reasons[locale])
        expect(mail.text, name).toContain(reasons[locale])
        expect(mail.html, name).toContain(`href="${links.manageUrl}"`)
        expect(mail.html, name).toContain(locale === 'vi' ? 'Quản lý tùy chọn' : 'Manage preferences')
        expect(mail.html, name).toContain(locale === 'vi' ? 'Hủy đăng ký' : 'Unsubscribe')
        expect(mail.text, name).toContain(links.manageUrl)
        if (name !== 'alreadySubscribed') {
          expect(mail.html, name).toContain(`href="${links.unsubscribeUrl}"`)
          expect(mail.text, name).toContain(links.unsubscribeUrl)
        }
        const lastHeading = Math.max(...[...mail.html.matchAll(/<\/h[1-6]>/g)].map((match) => match.index ?? -1))
        expect(mail.html.lastIndexOf(reasons[locale]), name).toBeGreaterThan(lastHeading)
      }
      expect(confirmation?.html).not.toContain(reasons[locale])
      expect(confirmation?.html).not.toContain(links.unsubscribeUrl)
    }
  })
})

describe('the confirmation mail', () => {
  it('asks in Vietnamese for confirmation and gives the expiry in Vietnam time', () => {
    const mail = renderConfirmationMail({ locale: 'vi', name: 'Lan', confirmUrl: 'https://x.vn/confirm?t=1', expiresAt: new Date('2026-12-05T17:30:00Z') })
    expect(mail.subject).toBe('Xác nhận đăng ký nhận tin')
    expect(mail.html).toContain('Xin chào Lan')
    expect(mail.html).toContain('href="https://x.vn/confirm?t=1"')
    expect(mail.text).toContain('https://x.vn/confirm?t=1')
    expect(mail.text).toContain('7 ngày, đến 06/12/2026 00:30')
    expect(mail.text).toContain('Nếu bạn không yêu cầu đăng ký, hãy bỏ qua thư này')
  })

  it('asks in English and says to ignore it if they did not ask', () => {
    const mail = renderConfirmationMail({ locale: 'en', confirmUrl: 'https://x.vn/confirm?t=1', expiresAt: new Date('2026-12-05T17:30:00Z') })
    expect(mail.subject).toBe('Confirm your subscription')
    expect(mail.text).toContain('Hello,')
    expect(mail.text).toContain('7 days, until 06/12/2026 00:30')
    expect(mail.html).toContain('If you did not ask to subscribe, ignore this email')
  })

  it('escapes a hostile name', () => {
    const html = renderConfirmationMail({ locale: 'vi', name: '<b onmouseover=x>Lan</b>', confirmUrl: 'https://x.vn/c', expiresAt: new Date() }).html
    expect(html).not.toContain('<b onmouseover')
    expect(html).toContain('&lt;b onmouseover=x&gt;')
  })
})

describe('the already-subscribed mail', () => {
  it('tells a Vietnamese reader that someone tried again and links to the preferences', () => {
    const mail = renderAlreadySubscribedMail({ locale: 'vi', manageUrl: links.manageUrl })
    expect(mail.subject).toBe('Địa chỉ email này đã được đăng ký nhận tin')
    expect(mail.text).toContain('Có người (có thể là bạn)')
    expect(mail.html).toContain(`href="${links.manageUrl}"`)
  })

  it('tells an English reader the same, and points Unsubscribe at a given unsubscribe URL', () => {
    const mail = renderAlreadySubscribedMail({ locale: 'en', manageUrl: links.manageUrl, unsubscribeUrl: links.unsubscribeUrl })
    expect(mail.subject).toBe('This email address is already subscribed')
    expect(mail.text).toContain('Someone (perhaps you)')
    expect(mail.html).toContain(`href="${links.unsubscribeUrl}"`)
  })
})

describe('the alert mail', () => {
  it('announces a new item in Vietnamese with "Mới:"', () => {
    const mail = renderAlertMail({ locale: 'vi', item: item(), links })
    expect(mail.subject).toBe('Mới: Hướng dẫn an toàn trực tuyến cho trẻ')
    expect(mail.html).toContain('Mười lời khuyên cho phụ huynh.')
    expect(mail.html).toContain('href="https://newsroom.example.vn/bai-viet/huong-dan"')
    expect(mail.text).toContain('Đăng lúc 28/11/2026 10:00')
  })

  it('announces a new item in English with "New:"', () => {
    const mail = renderAlertMail({ locale: 'en', item: item({ type: 'briefing-pack' }), links })
    expect(mail.subject).toBe('New: Hướng dẫn an toàn trực tuyến cho trẻ')
    expect(mail.text).toContain('A new briefing pack has been published.')
    expect(mail.text).toContain('Published 28/11/2026 10:00')
  })

  it('marks an update with "Cập nhật:" / "Updated:" and shows the change note', () => {
    const updated = item({ updated: true, changeNote: 'Bổ sung số liệu 2026' })
    const vi = renderAlertMail({ locale: 'vi', item: updated, links })
    const en = renderAlertMail({ locale: 'en', item: updated, links })
    expect(vi.subject).toBe('Cập nhật: Hướng dẫn an toàn trực tuyến cho trẻ')
    expect(en.subject).toBe('Updated: Hướng dẫn an toàn trực tuyến cho trẻ')
    expect(vi.html).toContain('Bổ sung số liệu 2026')
    expect(vi.text).toContain('Nội dung thay đổi: Bổ sung số liệu 2026')
    expect(en.text).toContain('What changed: Bổ sung số liệu 2026')
    expect(en.text).toContain('An article published earlier has been updated.')
  })

  it('shows dates in Vietnam time: 17:30 UTC on 28/11 is 00:30 on 29/11', () => {
    const late = item({ publishedAt: '2026-11-28T17:30:00Z' })
    expect(renderAlertMail({ locale: 'vi', item: late, links }).html).toContain('29/11/2026 00:30')
    expect(renderAlertMail({ locale: 'en', item: late, links }).html).toContain('29/11/2026 00:30')
  })

  it('leaves the date out rather than printing "Invalid Date" for a malformed timestamp', () => {
    const mail = renderAlertMail({ locale: 'en', item: item({ publishedAt: 'not a date' }), links })
    expect(mail.html).not.toContain('Invalid')
    expect(mail.text).not.toContain('Published')
  })
})

describe('the digest mail', () => {
  it('names a daily digest by its Vietnamese day and counts its items', () => {
    const mail = renderDigestMail({ locale: 'vi', frequency: 'daily', periodStart, periodEnd, items: digestItems, links })
    expect(mail.subject).toBe('Bản tin ngày 28/11/2026 (5 tin)')
  })

  it('names a daily digest in English', () => {
    const mail = renderDigestMail({ locale: 'en', frequency: 'daily', periodStart, periodEnd, items: digestItems, links })
    expect(mail.subject).toBe('Daily digest, 28/11/2026 (5 items)')
    expect(renderDigestMail({ locale: 'en', frequency: 'daily', periodStart, periodEnd, items: [item()], links }).subject).toBe(
      'Daily digest, 28/11/2026 (1 item)',
    )
  })

  it('names a weekly digest by its first and last day in both languages', () => {
    const weekStart = new Date('2026-11-21T17:00:00Z')
    expect(renderDigestMail({ locale: 'vi', frequency: 'weekly', periodStart: weekStart, periodEnd, items: digestItems, links }).subject).toBe(
      'Bản tin tuần 22/11/2026 – 28/11/2026 (5 tin)',
    )
    expect(renderDigestMail({ locale: 'en', frequency: 'weekly', periodStart: weekStart, periodEnd, items: digestItems, links }).subject).toBe(
      'Weekly digest, 22/11/2026 – 28/11/2026 (5 items)',
    )
  })

  it('groups items under Vietnamese headings in the order articles, campaigns, briefing packs, with counts', () => {
    const { html, text } = renderDigestMail({ locale: 'vi', frequency: 'daily', periodStart, periodEnd, items: digestItems, links })
    for (const part of [html, text]) {
      const articles = part.indexOf('Bài viết (3)')
      const campaigns = part.indexOf('Chiến dịch (1)')
      const packs = part.indexOf('Bộ tài liệu báo chí (1)')
      expect(articles).toBeGreaterThan(-1)
      expect(campaigns).toBeGreaterThan(articles)
      expect(packs).toBeGreaterThan(campaigns)
      const articleSection = part.slice(articles, campaigns)
      for (const title of ['Bài một', 'Bài hai', 'Bài ba']) expect(articleSection).toContain(title)
      expect(articleSection).not.toContain('Chiến dịch mùa hè')
      expect(part.slice(campaigns, packs)).toContain('Chiến dịch mùa hè')
      expect(part.slice(packs)).toContain('Bộ tài liệu họp báo')
      expect(part.slice(packs)).not.toContain('Bài ba')
    }
  })

  it('groups items under English headings and leaves out empty groups', () => {
    const { html } = renderDigestMail({
      locale: 'en',
      frequency: 'daily',
      periodStart,
      periodEnd,
      items: digestItems.filter((i) => i.type !== 'campaign'),
      links,
    })
    expect(html).toContain('Articles (3)')
    expect(html).toContain('Briefing packs (1)')
    expect(html).not.toContain('Campaigns')
  })

  it('shows each item with its link, summary, date, updated badge and change note', () => {
    const { html, text } = renderDigestMail({ locale: 'en', frequency: 'daily', periodStart, periodEnd, items: digestItems, links })
    for (const entry of digestItems) {
      expect(html).toContain(`href="${entry.url}"`)
      expect(text).toContain(entry.url)
    }
    expect(html).toContain('Mười lời khuyên cho phụ huynh.')
    expect(html).toContain('Updated 28/11/2026 10:00')
    expect(html).toContain('>Updated</span>')
    expect(text).toContain('[Updated] Bài hai')
    expect(text).toContain('What changed: Sửa số liệu thống kê')
    expect(html.match(/>Updated<\/span>/g)).toHaveLength(1)
  })

  it('states the period in Vietnam time', () => {
    const { text } = renderDigestMail({ locale: 'vi', frequency: 'daily', periodStart, periodEnd, items: digestItems, links })
    expect(text).toContain('từ 28/11/2026 00:00 đến 29/11/2026 00:00 (giờ Việt Nam)')
  })

  it('throws on an empty digest, which must never be sent', () => {
    expect(() => renderDigestMail({ locale: 'vi', frequency: 'daily', periodStart, periodEnd, items: [], links })).toThrow(/empty/)
  })
})

describe('the correction mail', () => {
  it('tells a Vietnamese reader the item was withdrawn, when, and not to use it', () => {
    const mail = renderCorrectionMail({ locale: 'vi', item: { title: 'Bài đã gỡ', url: 'https://x.vn/a/9' }, at: new Date('2026-11-28T17:30:00Z'), links })
    expect(mail.subject).toBe('Đã gỡ bỏ: Bài đã gỡ')
    expect(mail.text).toContain('29/11/2026 00:30')
    expect(mail.text).toContain('Vui lòng không sử dụng')
    expect(mail.text).toContain('https://x.vn/a/9')
  })

  it('tells an English reader the same', () => {
    const mail = renderCorrectionMail({
      locale: 'en',
      item: { title: 'Withdrawn story', url: 'https://x.vn/a/9' },
      at: new Date('2026-11-28T17:30:00Z'),
      links,
    })
    expect(mail.subject).toBe('Withdrawn: Withdrawn story')
    expect(mail.html).toContain('was withdrawn on 29/11/2026 00:30 (Vietnam time)')
    expect(mail.html).toContain('Please no longer use')
  })
})
