import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { SentMessageInfo, Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/**
 * A nodemailer transport that writes each message as one RFC 822 `.eml` file instead of
 * sending it, so development and demo machines need no mail relay and every mail can be
 * read in the admin. File names sort by time.
 */
export function createOutboxTransport(outboxDir: string): Transport<SentMessageInfo> {
  return {
    name: 'outbox',
    version: '1.0.0',
    send(mail: MailMessage, callback: (err: Error | null, info: SentMessageInfo) => void) {
      const messageId = mail.message.messageId()
      mail.message.build(async (buildError, raw) => {
        if (buildError) return callback(buildError, undefined)
        try {
          await fs.mkdir(outboxDir, { recursive: true })
          const stamp = new Date().toISOString().replace(/[:.]/g, '-')
          const file = path.join(outboxDir, `${stamp}-${randomUUID().slice(0, 8)}.eml`)
          await fs.writeFile(file, raw)
          const envelope = mail.message.getEnvelope()
          callback(null, { envelope, messageId, file, accepted: envelope.to, rejected: [] })
        } catch (error) {
          callback(error as Error, undefined)
        }
      })
    },
  }
}
