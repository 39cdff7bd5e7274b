import { siteUrl } from '@/config/siteUrl'
import { identityNow } from '@/content/settings/identityNow'
import { langOfPayloadRequest } from '@/i18n/lang'
import { passwordResetMessages } from '@/i18n/messages/passwordReset'
import { escapeHtml } from '@/platform/html/escapeHtml'

type ResetRequest = { i18n?: { language?: string } }

/** The reset link opens Payload's own reset screen in the admin. */
export const passwordResetLink = (token: string): string => `${siteUrl()}/admin/reset/${encodeURIComponent(token)}`

/** The subject in the language of the admin screen the reset was asked from, naming the ministry's site. */
export const passwordResetSubject = ({ req }: { req?: ResetRequest } = {}): string => {
  const lang = langOfPayloadRequest(req)
  return passwordResetMessages[lang].subject(identityNow(lang).siteName)
}

/**
 * In the language of the admin screen the reset was asked from (Vietnamese unless it was
 * English). The expiry matches Payload's default one-hour reset token.
 */
export function passwordResetHtml({ req, token = '' }: { req?: ResetRequest; token?: string } = {}): string {
  const lang = langOfPayloadRequest(req)
  const words = passwordResetMessages[lang]
  const link = escapeHtml(passwordResetLink(token))
  return `<!doctype html><html lang="${lang}"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
<p>${escapeHtml(words.body(identityNow(lang).siteName))}</p>
<p><a href="${link}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(words.button)}</a></p>
<p>${escapeHtml(words.expiry)}</p>
<p style="color:#666666;font-size:13px">${link}</p>
</body></html>`
}
