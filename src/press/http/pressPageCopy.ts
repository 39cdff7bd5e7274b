import { SIGN_IN_LINK_MINUTES } from '../limits'
import { type Lang } from '@/i18n/lang'

type Message = { title: string; body: string }

export type PressPageCopy = {
  siteName: string
  pressRoom: string
  back: string
  askAgain: string
  verify: { title: string; body: (email: string) => string; button: string; note: string }
  unknown: Message
  used: Message
  expired: Message
  notAccredited: Message
  crossSite: Message
  rateLimited: { title: string; body: (minutes: number) => string }
  tooLarge: Message
  serverError: Message
}

/** The words of the pages the press room's route handlers answer with (sign-in link, refusals). */
export const PRESS_PAGE_COPY: Record<Lang, PressPageCopy> = {
  vi: {
    siteName: 'Bảo vệ trẻ em trên môi trường mạng',
    pressRoom: 'Phòng báo chí',
    back: 'Quay lại phòng báo chí',
    askAgain: 'Nhận liên kết đăng nhập mới',
    verify: {
      title: 'Đăng nhập phòng báo chí',
      body: (email) => `Bấm nút dưới đây để đăng nhập phòng báo chí bằng địa chỉ ${email}.`,
      button: 'Đăng nhập',
      note: `Liên kết chỉ dùng được một lần và hết hạn sau ${SIGN_IN_LINK_MINUTES} phút kể từ khi được gửi.`,
    },
    unknown: {
      title: 'Liên kết đăng nhập không hợp lệ',
      body: 'Liên kết này không đúng hoặc không còn tồn tại. Hãy dùng liên kết trong thư gần nhất, hoặc nhận một liên kết mới.',
    },
    used: { title: 'Liên kết đã được dùng', body: 'Mỗi liên kết đăng nhập chỉ dùng được một lần và liên kết này đã được dùng. Hãy nhận một liên kết mới.' },
    expired: {
      title: 'Liên kết đã hết hạn',
      body: `Liên kết đăng nhập chỉ có hiệu lực ${SIGN_IN_LINK_MINUTES} phút và liên kết này đã hết hạn. Hãy nhận một liên kết mới.`,
    },
    notAccredited: {
      title: 'Không thể đăng nhập',
      body: 'Quyền truy cập phòng báo chí của địa chỉ này hiện không còn hiệu lực. Vui lòng liên hệ bộ phận báo chí của chương trình.',
    },
    crossSite: { title: 'Yêu cầu bị từ chối', body: 'Biểu mẫu này chỉ được gửi từ chính trang phòng báo chí. Vui lòng mở lại trang và thử lại.' },
    rateLimited: { title: 'Quá nhiều yêu cầu', body: (minutes) => `Có quá nhiều yêu cầu trong một giờ qua. Vui lòng thử lại sau khoảng ${minutes} phút.` },
    tooLarge: { title: 'Yêu cầu quá lớn', body: 'Dữ liệu gửi lên quá lớn. Vui lòng quay lại và thử lại.' },
    serverError: { title: 'Đã có lỗi', body: 'Đã có lỗi ở phía chúng tôi. Vui lòng thử lại sau ít phút.' },
  },
  en: {
    siteName: 'Protecting children online',
    pressRoom: 'Press room',
    back: 'Back to the press room',
    askAgain: 'Get a new sign-in link',
    verify: {
      title: 'Sign in to the press room',
      body: (email) => `Press the button below to sign in to the press room as ${email}.`,
      button: 'Sign in',
      note: `The link works once, and for ${SIGN_IN_LINK_MINUTES} minutes after it was sent.`,
    },
    unknown: { title: 'This sign-in link is not valid', body: 'This link is wrong or no longer exists. Use the link in the latest mail, or get a new one.' },
    used: { title: 'This sign-in link was already used', body: 'Each sign-in link works once, and this one has been used. Get a new one.' },
    expired: {
      title: 'This sign-in link has expired',
      body: `A sign-in link works for ${SIGN_IN_LINK_MINUTES} minutes, and this one has expired. Get a new one.`,
    },
    notAccredited: {
      title: 'You cannot sign in',
      body: 'The press room accreditation of this address is no longer active. Please contact the programme’s press office.',
    },
    crossSite: { title: 'Request refused', body: 'This form can only be sent from the press room’s own pages. Please open the page again and retry.' },
    rateLimited: {
      title: 'Too many requests',
      body: (minutes) => `There were too many requests in the last hour. Please try again in about ${minutes} minutes.`,
    },
    tooLarge: { title: 'Request too large', body: 'What was sent is too large. Please go back and try again.' },
    serverError: { title: 'Something went wrong', body: 'Something went wrong on our side. Please try again in a few minutes.' },
  },
}
