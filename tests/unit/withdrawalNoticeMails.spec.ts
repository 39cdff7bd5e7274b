import { describe, expect, it } from 'vitest'

import { renderCorrectionMail } from '@/mail/templates/renderCorrectionMail'

const links = {
  manageUrl: 'https://x.vn/subscriptions/manage?token=m',
  unsubscribeUrl: 'https://x.vn/subscriptions/unsubscribe?token=u',
  siteUrl: 'https://x.vn',
}
const item = { title: 'Bài đã gỡ', url: 'https://x.vn/articles/bai-da-go' }
const at = new Date('2026-11-28T17:30:00Z')

describe('the withdrawal and correction notices', () => {
  it('gives the reason of a withdrawal, escaped in HTML and quoted in text', () => {
    const mail = renderCorrectionMail({ locale: 'vi', item, at, note: 'Lộ tên <em> một em nhỏ\ncùng trường học', links })
    expect(mail.subject).toBe('Đã gỡ bỏ: Bài đã gỡ')
    expect(mail.text).toContain('Lý do:\n> Lộ tên <em> một em nhỏ\n> cùng trường học')
    expect(mail.html).toContain('Lộ tên &lt;em&gt; một em nhỏ<br>cùng trường học')
    expect(mail.html).not.toContain('<em>')
    expect(mail.text).toContain('mà chúng tôi đã gửi cho bạn qua thư')
  })

  it('tells an English reader of a major correction what changed', () => {
    const mail = renderCorrectionMail({
      locale: 'en',
      item: { ...item, title: 'Helpline story' },
      at,
      kind: 'corrected',
      note: 'The helpline is 111, not 112.',
      links,
    })
    expect(mail.subject).toBe('Corrected: Helpline story')
    expect(mail.text).toContain('received a major correction on 29/11/2026 00:30 (Vietnam time)')
    expect(mail.text).toContain('What changed:\n> The helpline is 111, not 112.')
    expect(mail.text).toContain('Please use the new version.')
    expect(mail.text).not.toContain('Please no longer use')
  })

  it('writes to a journalist about the pack they downloaded, with no subscription links', () => {
    const mail = renderCorrectionMail({ locale: 'vi', item, at, note: 'Số liệu sai.', via: 'bundle', siteUrl: 'https://x.vn' })
    expect(mail.text).toContain('Bộ tài liệu báo chí dưới đây, mà bạn đã tải về, đã bị gỡ bỏ lúc 29/11/2026 00:30')
    expect(mail.text).not.toContain('unsubscribe')
    expect(mail.html).not.toContain('unsubscribe')
    expect(mail.html).toContain('href="https://x.vn"')
  })

  it('says nothing of a reason when none was given', () => {
    const mail = renderCorrectionMail({ locale: 'en', item, at, note: '  ', links })
    expect(mail.text).not.toContain('Reason:')
  })
})
