import { siteUrl } from '../../../src/config/siteUrl'
import { escapeHtml } from '@/platform/html/escapeHtml'

/** The reset link opens Payload's own reset screen in the admin. */
export const passwordResetLink = (token: string): string => `${siteUrl()}/admin/reset/${encodeURIComponent(token)}`

export const passwordResetSubject = (): string => 'Đặt lại mật khẩu / Reset your password – Campaign Newsroom'

/**
 * Vietnamese first, English second, like the rest of the newsroom. The expiry matches
 * Payload's default one-hour reset token.
 */
export function passwordResetHtml({ token = '' }: { token?: string } = {}): string {
  const link = escapeHtml(passwordResetLink(token))
  const button = (label: string) =>
    `<p><a href="${link}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px">${label}</a></p>`
  return `<!doctype html><html lang="vi"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
<p>Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản Campaign Newsroom của bạn.</p>
${button('Đặt lại mật khẩu')}
<p>Liên kết có hiệu lực trong 1 giờ. Nếu bạn không yêu cầu, hãy bỏ qua thư này.</p>
<hr style="border:none;border-top:1px solid #dddddd">
<p lang="en">Someone (probably you) asked to reset the password of your Campaign Newsroom account.</p>
${button('Reset password')}
<p lang="en">The link is valid for one hour. If you did not ask for it, ignore this message.</p>
<p style="color:#666666;font-size:13px">${link}</p>
</body></html>`
}
