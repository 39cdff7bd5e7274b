import { formatMailDateTime } from '@/mail/templates/formatMailDate'
import type { RenderedMail } from '@/mail/templates/types'
import { SIGN_IN_LINK_MINUTES } from '../limits'
import { renderPressMail } from './renderPressMail'
import { type Lang } from '@/i18n/lang'

type Options = { locale: Lang; name: string; url: string; expiresAt: Date; siteUrl: string }

/** The magic link: one button, when it stops working, and what to do if it was not you. */
export function renderSignInLinkMail({ locale, name, url, expiresAt, siteUrl }: Options): RenderedMail {
  const until = formatMailDateTime(expiresAt, locale)
  if (locale === 'en') {
    return renderPressMail({
      locale,
      siteUrl,
      subject: 'Your press room sign-in link',
      paragraphs: [`Dear ${name},`, 'Use the button below to sign in to the press room.'],
      button: { url, label: 'Sign in to the press room' },
      note: `The link works once, for ${SIGN_IN_LINK_MINUTES} minutes (until ${until}, Viet Nam time). If you did not ask for it, ignore this email: nobody can sign in without it.`,
    })
  }
  return renderPressMail({
    locale: 'vi',
    siteUrl,
    subject: 'Liên kết đăng nhập phòng báo chí',
    paragraphs: [`Kính gửi ${name},`, 'Bấm nút dưới đây để đăng nhập phòng báo chí.'],
    button: { url, label: 'Đăng nhập phòng báo chí' },
    note: `Liên kết dùng được một lần, trong ${SIGN_IN_LINK_MINUTES} phút (đến ${until}, giờ Việt Nam). Nếu bạn không yêu cầu, hãy bỏ qua thư này: không ai đăng nhập được nếu không có liên kết.`,
  })
}
