import { describe, expect, it } from 'vitest'

import { renderAccreditationKnownMail } from '@/press/mail/renderAccreditationKnownMail'
import { renderAccreditationReceivedMail } from '@/press/mail/renderAccreditationReceivedMail'
import { renderDecisionMail } from '@/press/mail/renderDecisionMail'
import { renderPressOfficerNotice } from '@/press/mail/renderPressOfficerNotice'
import { renderSignInLinkMail } from '@/press/mail/renderSignInLinkMail'

const site = 'https://newsroom.example.vn'
const signInUrl = `${site}/press/sign-in`
const hostile = 'Lan <img src=x onerror=alert(1)>\r\nBcc: victim@example.com'

describe('the press room mails', () => {
  it('link an approved journalist to the sign-in page, in their language', () => {
    const vi = renderDecisionMail({ locale: 'vi', name: 'Lan', decision: 'accredited', signInUrl, siteUrl: site })
    const en = renderDecisionMail({ locale: 'en', name: 'Lan', decision: 'accredited', signInUrl: `${site}/en/press/sign-in`, siteUrl: site })
    expect(vi.subject).toBe('Bạn đã được cấp quyền vào phòng báo chí')
    expect(vi.text).toContain(signInUrl)
    expect(vi.html).toContain(`href="${signInUrl}"`)
    expect(en.subject).toBe('You are accredited to the press room')
    expect(en.text).toContain(`${site}/en/press/sign-in`)
  })

  it('give a refused or revoked journalist the reason, quoted as written', () => {
    const refused = renderDecisionMail({
      locale: 'en',
      name: 'Lan',
      decision: 'refused',
      note: 'The press card has expired.\nPlease apply again.',
      signInUrl,
      siteUrl: site,
    })
    expect(refused.subject).toBe('Your press room accreditation request was refused')
    expect(refused.text).toContain('> The press card has expired.\n> Please apply again.')
    expect(refused.html).toContain('The press card has expired.<br>Please apply again.')
    expect(refused.text).not.toContain(signInUrl)
    const revoked = renderDecisionMail({ locale: 'vi', name: 'Lan', decision: 'revoked', note: 'Vi phạm thời gian cấm đăng.', signInUrl, siteUrl: site })
    expect(revoked.subject).toBe('Quyền truy cập phòng báo chí của bạn đã bị thu hồi')
    expect(revoked.text).toContain('> Vi phạm thời gian cấm đăng.')
  })

  it('say when the sign-in link stops working, in Viet Nam time', () => {
    const url = `${site}/press/sign-in/verify?token=abc`
    const mail = renderSignInLinkMail({ locale: 'vi', name: 'Lan', url, expiresAt: new Date('2026-12-01T01:15:00Z'), siteUrl: site })
    expect(mail.text).toContain(url)
    expect(mail.text).toContain('01/12/2026 08:15')
    expect(mail.html).toContain(`href="${url.replace('&', '&amp;')}"`)
    const en = renderSignInLinkMail({ locale: 'en', name: 'Lan', url, expiresAt: new Date('2026-12-01T01:15:00Z'), siteUrl: site })
    expect(en.text).toContain('until 01/12/2026 08:15, Viet Nam time')
  })

  it('tell press officers who asked, with the admin link, in both languages', () => {
    const mail = renderPressOfficerNotice({
      request: { name: 'Lan', outlet: 'VietNamNet', email: 'lan@vietnamnet.vn', pressCardNumber: '12345/BTTTT', language: 'vi' },
      adminUrl: `${site}/admin/collections/journalists/7`,
    })
    expect(mail.subject).toBe('Đề nghị cấp quyền mới / New accreditation request: Lan (VietNamNet)')
    expect(mail.text).toContain(`${site}/admin/collections/journalists/7`)
    expect(mail.text).toContain('12345/BTTTT')
    expect(mail.html).toContain(`href="${site}/admin/collections/journalists/7"`)
  })

  it('offer the sign-in link to an address already accredited, and no link to one that is pending', () => {
    expect(renderAccreditationKnownMail({ locale: 'en', status: 'accredited', signInUrl, siteUrl: site }).text).toContain(signInUrl)
    expect(renderAccreditationKnownMail({ locale: 'en', status: 'pending', signInUrl, siteUrl: site }).text).not.toContain(signInUrl)
  })

  it('keep a hostile name out of the headers and the markup', () => {
    const mails = [
      renderAccreditationReceivedMail({ locale: 'vi', name: hostile, outlet: hostile, pressCardNumber: '1', siteUrl: site }),
      renderDecisionMail({ locale: 'en', name: hostile, decision: 'refused', note: hostile, signInUrl, siteUrl: site }),
      renderSignInLinkMail({ locale: 'en', name: hostile, url: signInUrl, expiresAt: new Date(), siteUrl: site }),
      renderPressOfficerNotice({
        request: { name: hostile, outlet: hostile, email: 'a@b.vn', pressCardNumber: '1', language: 'vi' },
        adminUrl: `${site}/admin`,
      }),
    ]
    for (const mail of mails) {
      expect(mail.subject).not.toMatch(/[\r\n]/)
      expect(mail.html).not.toContain('<img src=x')
    }
  })
})
