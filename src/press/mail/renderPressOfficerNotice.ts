import { escapeHtml } from '@/platform/html/escapeHtml'
import { htmlButton, htmlHeading, htmlParagraph, renderLayout } from '@/mail/templates/layout'
import { singleLine } from '@/mail/templates/singleLine'
import type { RenderedMail } from '@/mail/templates/types'
import type { AccreditationRequest } from '../accreditation/parseAccreditationForm'

type Options = { request: AccreditationRequest; adminUrl: string }

/**
 * The notice to press officers that a request waits for them, in both languages (staff
 * choose their admin language, not their mail's), with the link to decide on it.
 */
export function renderPressOfficerNotice({ request, adminUrl }: Options): RenderedMail {
  const subject = singleLine(`Đề nghị cấp quyền mới / New accreditation request: ${request.name} (${request.outlet})`)
  const rows: Array<[string, string]> = [
    ['Họ tên / Name', request.name],
    ['Cơ quan báo chí / Outlet', request.outlet],
    ['Email', request.email],
    ['Số thẻ nhà báo / Press card', request.pressCardNumber],
    ['Điện thoại / Phone', request.phone ?? '—'],
    ['Ngôn ngữ thư / Mail language', request.language],
  ]
  const intro =
    'Một nhà báo đề nghị cấp quyền vào phòng báo chí. Hãy kiểm tra thẻ nhà báo rồi duyệt hoặc từ chối (kèm lý do). / A journalist asks for press room accreditation. Check the press card, then approve or refuse (with a reason).'
  const text = [intro, '', ...rows.map(([label, value]) => `${label}: ${value}`), '', `Mở trong trang quản trị / Open in the admin: ${adminUrl}`, ''].join('\n')
  const html = renderLayout({
    locale: 'vi',
    title: subject,
    preheader: intro,
    bodyHtml: [
      htmlHeading(escapeHtml(subject), 1),
      htmlParagraph(escapeHtml(intro)),
      ...rows.map(([label, value]) => htmlParagraph(`<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`)),
      htmlButton(adminUrl, 'Mở trong trang quản trị / Open in the admin'),
    ].join('\n'),
  })
  return { subject, text, html }
}
