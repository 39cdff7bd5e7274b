import type SMTPTransport from 'nodemailer/lib/smtp-transport'

import { ConfigError } from '@/config/ConfigError'

/**
 * Turns SMTP_URL (`smtp://user:pass@host:port` or `smtps://…`) into nodemailer options,
 * refusing anything malformed with a message that says what is wrong. The password never
 * appears in the message.
 */
export function parseSmtpUrl(raw: string): SMTPTransport.Options {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('SMTP_URL is not a valid URL: expected smtp://user:pass@host:port or smtps://user:pass@host:port.')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//".`)
  }
  if (!url.hostname) {
    throw new ConfigError('SMTP_URL has no host name.')
  }
  const secure = url.protocol === 'smtps:'
  const port = url.port ? Number(url.port) : secure ? 465 : 587
  const user = decodeURIComponent(url.username)
  const pass = decodeURIComponent(url.password)
  return {
    host: url.hostname,
    port,
    secure,
    auth: user ? { user, pass } : undefined,
    // Plain smtp:// upgrades with STARTTLS when the relay offers it; loopback relays in
    // tests and development do not, and that is allowed.
    ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
    tls: url.searchParams.get('rejectUnauthorized') === 'false' ? { rejectUnauthorized: false } : undefined,
  }
}
