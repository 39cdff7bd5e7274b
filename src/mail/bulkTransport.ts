import { identityNow } from '@/content/settings/identityNow'
import net from 'node:net'

import nodemailer from 'nodemailer'

import { ConfigError } from '@/config/ConfigError'
import { createOutboxTransport } from './outboxTransport'
import { outboxDir } from './outboxDir'
import { parseSmtpUrl } from './parseSmtpUrl'

/** How many SMTP connections bulk mail keeps open (SMTP_POOL_SIZE, default 5). */
export function smtpPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SMTP_POOL_SIZE?.trim()
  if (!raw) return 5
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 100)
    throw new ConfigError(`SMTP_POOL_SIZE must be a whole number from 1 to 100, got "${raw}".`)
  return Number(raw)
}

/** An optional ceiling on messages per second (SMTP_RATE_PER_SEC), for relays that throttle. */
export function smtpRatePerSecond(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SMTP_RATE_PER_SEC?.trim()
  if (!raw) return undefined
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1) throw new ConfigError(`SMTP_RATE_PER_SEC must be a positive whole number, got "${raw}".`)
  return Number(raw)
}

/**
 * The pooled transport digests and alerts go through: SMTP_POOL_SIZE connections kept
 * open, at most SMTP_RATE_PER_SEC messages a second when set. Without SMTP_URL, messages
 * go to the development outbox like every other mail.
 */
export function createBulkTransport(env: NodeJS.ProcessEnv = process.env): nodemailer.Transporter {
  if (!env.SMTP_URL) return nodemailer.createTransport(createOutboxTransport(outboxDir()))
  const rate = smtpRatePerSecond(env)
  const options = parseSmtpUrl(env.SMTP_URL)
  return nodemailer.createTransport({
    ...options,
    // Plain connections (STARTTLS still upgrades them) with Nagle's algorithm off: with it,
    // each message waits ~40 ms for delayed ACKs, which caps a pool at a few hundred a second.
    ...(options.secure ? {} : { getSocket: noDelaySocket }),
    pool: true,
    maxConnections: smtpPoolSize(env),
    maxMessages: Infinity,
    ...(rate ? { rateDelta: 1000, rateLimit: rate } : {}),
  } as never)
}

function noDelaySocket(options: { host?: string; port?: number }, callback: (error: Error | null, socket?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host, port: Number(options.port) })
  socket.setNoDelay(true)
  socket.once('error', callback)
  socket.once('connect', () => {
    socket.removeListener('error', callback)
    callback(null, { connection: socket })
  })
}

export const fromAddress = (env: NodeJS.ProcessEnv = process.env) => ({
  name: (env.EMAIL_FROM_NAME || identityNow('vi').siteName).replace(/[\r\n]/g, ' '),
  address: env.EMAIL_FROM || 'newsroom@localhost',
})

/** Where one-click unsubscribe by mail goes (the mailto in List-Unsubscribe). */
export const unsubscribeMailbox = (env: NodeJS.ProcessEnv = process.env): string => env.EMAIL_UNSUBSCRIBE_ADDRESS || fromAddress(env).address
