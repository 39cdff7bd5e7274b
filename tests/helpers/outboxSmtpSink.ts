import fs from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on loopback for the browser tests' app: every message it accepts is
 * written, raw, into the given folder as an .eml file, the same place and form the
 * development outbox uses, so tests (and the admin's outbox view) read mail that really
 * went through SMTP.
 */
export async function startOutboxSmtpSink(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  fs.mkdirSync(folder, { recursive: true })
  let sequence = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      sequence += 1
      const file = path.join(folder, `${Date.now()}-${String(sequence).padStart(6, '0')}-smtp.eml`)
      const out = fs.createWriteStream(file)
      stream.pipe(out)
      out.on('finish', () => callback())
      out.on('error', callback)
    },
  })
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)))
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
