import type { Payload } from 'payload'

import { siteUrl } from '@/config/siteUrl'
import { poolOf } from '@/db/sql'
import { findJournalistByEmail } from '../accreditation/findJournalistByEmail'
import { pressUrl } from '../http/pressPaths'
import { SIGN_IN_LINK_MINUTES } from '../limits'
import { renderSignInLinkMail } from '../mail/renderSignInLinkMail'
import { sendPressMailLogged } from '../mail/sendPressMailLogged'
import { hashSecret, newSecret } from '../session/hashSecret'

/**
 * Mails a sign-in link to the address when it belongs to an accredited journalist, and
 * does nothing otherwise. Only the token's hash is stored. The link is in the journalist's
 * mail language (`/en/press/…` for English). The mail is sent without waiting for it, so
 * that an accredited address does not answer measurably slower than any other; the token
 * row is stored first, and a failed send is logged.
 */
export async function issueSignInLink(payload: Payload, email: string, now: Date = new Date()): Promise<{ issued: boolean; sent: Promise<boolean> }> {
  const journalist = await findJournalistByEmail(payload, email)
  if (!journalist || journalist.status !== 'accredited') return { issued: false, sent: Promise.resolve(false) }
  const token = newSecret()
  const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000)
  await poolOf(payload).query(`INSERT INTO press_sign_in_tokens (token_hash, journalist_id, expires_at, created_at) VALUES ($1, $2, $3, $4)`, [
    hashSecret(token),
    journalist.id,
    expiresAt.toISOString(),
    now.toISOString(),
  ])
  const url = `${pressUrl(journalist.language, '/sign-in/verify')}?token=${encodeURIComponent(token)}`
  const mail = renderSignInLinkMail({ locale: journalist.language, name: journalist.name, url, expiresAt, siteUrl: siteUrl() })
  return { issued: true, sent: sendPressMailLogged(payload, journalist.email, mail, 'sign-in link') }
}
