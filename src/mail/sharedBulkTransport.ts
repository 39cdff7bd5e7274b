import type { Transporter } from 'nodemailer'

import { createBulkTransport } from './bulkTransport'

let transport: Transporter | undefined

/** One pooled transport per process, opened on first use. */
export function sharedBulkTransport(): Transporter {
  transport ??= createBulkTransport()
  return transport
}
