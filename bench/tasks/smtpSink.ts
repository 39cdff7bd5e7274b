/**
 * The digest benchmarks' SMTP side (bench/tasks/digestLoad.ts, bench/tasks/scaleLoad.ts):
 * a loopback sink that accepts everything at once, a pooled nodemailer transport to it,
 * and the baseline sender (plain pooled nodemailer, 100 messages in flight).
 */
import net from 'node:net'

import nodemailer from 'nodemailer'
import { SMTPServer } from 'smtp-server'

import { fromAddress } from '@/mail/bulkTransport'
import type { renderDigestMail } from '@/mail/templates/renderDigestMail'

/** A relay that accepts everything at once: no auth, no TLS, no delay. */
export async function startSink() {
  const stats = { messages: 0, bytes: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      let bytes = 0
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length))
      stream.on('end', () => {
        stats.messages += 1
        stats.bytes += bytes
        callback()
      })
    },
  })
  server.on('error', () => undefined)
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)))
  return { port, stats, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

// Both senders' sockets have TCP_NODELAY, as the app's bulk transport sets it (nodemailer
// does not; Nagle's algorithm against delayed ACKs costs up to 40 ms per message).
type SocketCallback = (error: Error | null, socketOptions?: { connection: net.Socket }) => void
const noDelaySocket = (options: { host?: string; port?: number }, callback: SocketCallback) => {
  const socket = net.connect({ host: options.host, port: Number(options.port) })
  socket.setNoDelay(true)
  socket.once('error', callback)
  socket.once('connect', () => {
    socket.removeListener('error', callback)
    callback(null, { connection: socket })
  })
}

export const pooledTransport = (port: number, connections: number, noDelay: boolean) =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
    maxMessages: Infinity,
    ...(noDelay ? { getSocket: noDelaySocket } : {}),
  } as never)

export type SampleMail = { mail: ReturnType<typeof renderDigestMail>; headers: Record<string, string> }

/** (a) Plain pooled nodemailer: `count` messages the size of `sample`, 100 in flight. */
export async function sendRaw(transport: nodemailer.Transporter, sample: SampleMail, count: number, offset = 0) {
  let next = 0
  const sendOne = async () => {
    for (;;) {
      const i = next++
      if (i >= count) return
      await transport.sendMail({
        from: fromAddress(),
        to: { name: `Phóng viên ${i}`, address: `raw-${offset + i}@bao.test` },
        subject: sample.mail.subject,
        text: sample.mail.text,
        html: sample.mail.html,
        headers: { ...sample.headers, 'X-Newsroom-Delivery': String(offset + i + 1) },
      })
    }
  }
  await Promise.all(Array.from({ length: 100 }, sendOne))
}
