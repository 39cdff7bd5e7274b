import fs from 'node:fs'
import path from 'node:path'

import { simpleParser, type ParsedMail } from 'mailparser'

/** Mails in an outbox folder addressed to someone, oldest first, waiting up to 30 s for at least `count`. */
export async function mailsTo(folder: string, address: string, count: number): Promise<ParsedMail[]> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const files = fs.existsSync(folder)
      ? fs
          .readdirSync(folder)
          .filter((file) => file.endsWith('.eml'))
          .sort()
      : []
    const mails: ParsedMail[] = []
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(folder, file)))
      if ((mail.to as { text?: string } | undefined)?.text?.includes(address)) mails.push(mail)
    }
    if (mails.length >= count || Date.now() > deadline) return mails
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}
