import { identityNow } from '@/content/settings/identityNow'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { createOutboxTransport } from './outboxTransport'
import { outboxDir } from './outboxDir'
import { parseSmtpUrl } from './parseSmtpUrl'

export type MailMode = 'smtp' | 'outbox'

export const mailMode = (env: NodeJS.ProcessEnv = process.env): MailMode => (env.SMTP_URL ? 'smtp' : 'outbox')

/** The one nodemailer transport every mail in the app goes through. */
export function createMailTransport(env: NodeJS.ProcessEnv = process.env): nodemailer.Transporter {
  if (env.SMTP_URL) return nodemailer.createTransport(parseSmtpUrl(env.SMTP_URL))
  return nodemailer.createTransport(createOutboxTransport(outboxDir()))
}

/** Payload's own mail (password resets, verification) uses the same transport. */
export function createEmailAdapter(env: NodeJS.ProcessEnv = process.env) {
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM || 'newsroom@localhost',
    defaultFromName: env.EMAIL_FROM_NAME || identityNow('vi').siteName,
    transport: createMailTransport(env),
    // Verification would open a connection at every start; a bad relay shows in the logs
    // of the first send instead, while a malformed SMTP_URL is refused before start.
    skipVerify: true,
  })
}
