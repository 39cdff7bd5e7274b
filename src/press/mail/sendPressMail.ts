import type { Payload } from 'payload'

import type { RenderedMail } from '@/mail/templates/types'

/**
 * Sends one press room mail through Payload's mail adapter (SMTP_URL, or the development
 * outbox). The address is passed as an address object, so it can never add a header.
 */
export async function sendPressMail(payload: Payload, to: string, mail: RenderedMail): Promise<void> {
  await payload.sendEmail({ to: { name: '', address: to }, subject: mail.subject, text: mail.text, html: mail.html })
}
