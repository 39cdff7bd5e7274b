/**
 * Crash-test worker: `node --import tsx tests/crash/processRun.ts <runId>` sends one run
 * through the bulk transport (SMTP_URL, SMTP_POOL_SIZE) as a production worker would, and
 * is meant to be killed part-way (digestCrash.crash.spec.ts).
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { createBulkTransport } from '@/mail/bulkTransport'
import { processDeliveries } from '@/email/ledger/processDeliveries'

const runId = Number(process.argv[2])
if (!Number.isInteger(runId) || runId < 1) throw new Error('usage: processRun.ts <runId>')

const payload = await getPayload({ config })
const transport = createBulkTransport()
console.log('WORKER READY')
const totals = await processDeliveries(payload, { transport, runId })
console.log(`WORKER DONE ${JSON.stringify(totals)}`)
transport.close()
await payload.destroy()
process.exit(0)
