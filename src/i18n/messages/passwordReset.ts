import { defineMessages } from '../defineMessages'

/** The password-reset mail Payload sends from the admin's "forgot password" screen. */
export const passwordResetMessages = defineMessages({
  vi: {
    subject: (siteName: string) => `Đặt lại mật khẩu – ${siteName}`,
    body: (siteName: string) => `Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản của bạn ở ${siteName}.`,
    button: 'Đặt lại mật khẩu',
    expiry: 'Liên kết có hiệu lực trong 1 giờ. Nếu bạn không yêu cầu, hãy bỏ qua thư này.',
  },
  en: {
    subject: (siteName: string) => `Reset your password – ${siteName}`,
    body: (siteName: string) => `Someone (probably you) asked to reset the password of your account at ${siteName}.`,
    button: 'Reset password',
    expiry: 'The link is valid for one hour. If you did not ask for it, ignore this message.',
  },
})
