import type { RenderedMail } from '@/email/templates/types'
import { SIGN_IN_LINK_MINUTES } from '../limits'
import { renderPressMail } from './renderPressMail'
import { type Lang } from '@/i18n/lang'

export type Decision = 'accredited' | 'refused' | 'revoked'

type Options = { locale: Lang; name: string; decision: Decision; note?: string | null; signInUrl: string; siteUrl: string }

/** The press office's decision, mailed to the journalist: how to sign in, or the reason given. */
export function renderDecisionMail({ locale, name, decision, note, signInUrl, siteUrl }: Options): RenderedMail {
  const en = locale === 'en'
  const greeting = en ? `Dear ${name},` : `Kính gửi ${name},`
  const reason = note?.trim() || undefined
  if (decision === 'accredited') {
    return renderPressMail({
      locale,
      siteUrl,
      subject: en ? 'You are accredited to the press room' : 'Bạn đã được cấp quyền vào phòng báo chí',
      paragraphs: [
        greeting,
        en
          ? 'Your accreditation to the press room was approved. You can now read embargoed briefing packs and articles before their embargo passes.'
          : 'Đề nghị cấp quyền vào phòng báo chí của bạn đã được chấp thuận. Từ nay bạn có thể đọc các tài liệu họp báo và bài viết trước khi hết thời gian cấm đăng.',
        en
          ? `To sign in, open the sign-in page and enter your work email: we send you a link that works once, for ${SIGN_IN_LINK_MINUTES} minutes. There is no password.`
          : `Để đăng nhập, mở trang đăng nhập và nhập email công việc: chúng tôi gửi cho bạn một liên kết dùng một lần, có hiệu lực ${SIGN_IN_LINK_MINUTES} phút. Không cần mật khẩu.`,
        en
          ? 'Embargoed material must not be published, in any form, before the time shown on it.'
          : 'Không được đăng tải tài liệu cấm đăng dưới bất kỳ hình thức nào trước thời điểm ghi trên tài liệu.',
      ],
      button: { url: signInUrl, label: en ? 'Go to the sign-in page' : 'Đến trang đăng nhập' },
    })
  }
  const refused = decision === 'refused'
  return renderPressMail({
    locale,
    siteUrl,
    subject: refused
      ? en
        ? 'Your press room accreditation request was refused'
        : 'Đề nghị cấp quyền vào phòng báo chí chưa được chấp thuận'
      : en
        ? 'Your press room accreditation was revoked'
        : 'Quyền truy cập phòng báo chí của bạn đã bị thu hồi',
    paragraphs: [
      greeting,
      refused
        ? en
          ? 'The press office refused your request for accreditation to the press room, for this reason:'
          : 'Bộ phận báo chí chưa chấp thuận đề nghị cấp quyền vào phòng báo chí của bạn, với lý do:'
        : en
          ? 'The press office revoked your accreditation to the press room, and signed you out, for this reason:'
          : 'Bộ phận báo chí đã thu hồi quyền truy cập phòng báo chí của bạn và đăng xuất bạn, với lý do:',
    ],
    quote: reason,
    note: en ? 'If you have questions, please contact the programme’s press office.' : 'Nếu có câu hỏi, bạn có thể liên hệ bộ phận báo chí của chương trình.',
  })
}
