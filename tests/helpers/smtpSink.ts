import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  port: number
  messages: ParsedMail[]
  logins: string[]
  waitFor: (predicate: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  close: () => Promise<void>
}

/**
 * A real SMTP server on loopback that keeps every message it accepts. It requires the
 * given credentials, so a test proves that SMTP_URL's user and password are used.
 */
export async function startSmtpSink(credentials = { user: 'relay', pass: 'relay-pass' }): Promise<SmtpSink> {
  const messages: ParsedMail[] = []
  const logins: string[] = []
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) {
        logins.push(auth.username)
        return callback(null, { user: auth.username })
      }
      callback(new Error('Invalid username or password'))
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))
  })
  const waitFor = async (predicate: (mail: ParsedMail) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const found = messages.find(predicate)
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`no matching message within ${timeoutMs} ms (got ${messages.length})`)
  }
  return { port, messages, logins, waitFor, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
