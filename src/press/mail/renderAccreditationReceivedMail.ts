import type { RenderedMail } from '@/mail/templates/types'
import { renderPressMail } from './renderPressMail'
import { type Lang } from '@/i18n/lang'

type Options = { locale: Lang; name: string; outlet: string; pressCardNumber: string; siteUrl: string }

/** The acknowledgement a journalist gets right after asking for accreditation. */
export function renderAccreditationReceivedMail({ locale, name, outlet, pressCardNumber, siteUrl }: Options): RenderedMail {
  if (locale === 'en') {
    return renderPressMail({
      locale,
      siteUrl,
      subject: 'We received your press room accreditation request',
      paragraphs: [
        `Dear ${name},`,
        `We received your request for accreditation to the press room (${outlet}, press card ${pressCardNumber}).`,
        'A press officer will check it and you will get an email with the decision. Once accredited, you sign in with your work email and see embargoed briefing packs and articles.',
      ],
      note: 'If you did not ask for this, ignore this email: nothing is granted without a press officer’s check.',
    })
  }
  return renderPressMail({
    locale: 'vi',
    siteUrl,
    subject: 'Chúng tôi đã nhận đề nghị cấp quyền vào phòng báo chí',
    paragraphs: [
      `Kính gửi ${name},`,
      `Chúng tôi đã nhận đề nghị cấp quyền truy cập phòng báo chí của bạn (${outlet}, thẻ nhà báo số ${pressCardNumber}).`,
      'Cán bộ báo chí sẽ xem xét và gửi thư báo kết quả cho bạn. Khi được cấp quyền, bạn đăng nhập bằng email công việc để xem các tài liệu họp báo và bài viết đang trong thời gian cấm đăng.',
    ],
    note: 'Nếu bạn không gửi đề nghị này, hãy bỏ qua thư: không quyền nào được cấp nếu cán bộ báo chí chưa xem xét.',
  })
}
