import type { Transporter } from 'nodemailer'

import type { Sql } from '@/db/sql'
import { fromAddress } from '@/mail/bulkTransport'
import { classifySmtpError } from '../ledger/classifySmtpError'
import type { RunContext } from '../ledger/composeMail'
import { refreshRunTotals } from '../ledger/refreshRunTotals'
import { MAX_MAIL_ATTEMPTS, type SendOutcome } from '../ledger/settleDelivery'
import { claimJournalistNotices, type ClaimedJournalistNotice } from './claimJournalistNotices'
import { composeNotice } from './composeNotice'
import { settleJournalistNotice } from './settleJournalistNotice'

type Options = { transport: Transporter; siteUrl: string; batch: number; runId?: number; runContext: (runId: number) => Promise<RunContext> }
type Totals = { sent: number; failed: number; retried: number; suppressed: number }

/**
 * Sends the journalists' notices the ledger holds, batch by batch, as `processDeliveries`
 * sends subscribers' mail: claimed, composed in the journalist's language, sent, settled.
 * Only a journalist still accredited is written to; there is no subscription to manage,
 * so the mail has no unsubscribe links.
 */
export async function processJournalistNotices(sql: Sql, options: Options): Promise<Totals> {
  const totals: Totals = { sent: 0, failed: 0, retried: 0, suppressed: 0 }
  const touched = new Set<number>()

  const deliver = async (notice: ClaimedJournalistNotice): Promise<SendOutcome> => {
    if (notice.status !== 'accredited' || !notice.email) return { kind: 'suppressed', reason: `the journalist is ${notice.status ?? 'gone'}` }
    const run = await options.runContext(notice.run_id)
    if (!run.notice || run.notice.size === 0) return { kind: 'suppressed', reason: 'the run has no change' }
    const composed = await composeNotice(sql, run.notice, { locale: notice.language === 'en' ? 'en' : 'vi', via: 'bundle' }, options.siteUrl)
    if ('suppressed' in composed) return { kind: 'suppressed', reason: composed.suppressed }
    try {
      const info = await options.transport.sendMail({
        from: fromAddress(),
        // eslint-disable-next-line no-control-regex -- matches control characters on purpose
        to: { name: (notice.name ?? '').replace(/[\u0000-\u001f]+/g, ' ').trim(), address: notice.email },
        subject: composed.mail.subject,
        text: composed.mail.text,
        html: composed.mail.html,
        headers: { 'X-Newsroom-Notice': String(notice.id) },
      })
      return { kind: 'sent', messageId: String(info.messageId ?? '') }
    } catch (error) {
      return classifySmtpError(error)
    }
  }

  for (;;) {
    const claimed = await claimJournalistNotices(sql, options.batch, options.runId)
    if (claimed.length === 0) break
    const outcomes = await Promise.all(
      claimed.map(async (notice) => ({ notice, outcome: await deliver(notice).catch((error: unknown): SendOutcome => classifySmtpError(error)) })),
    )
    for (const { notice, outcome } of outcomes) {
      await settleJournalistNotice(sql, notice, outcome)
      touched.add(notice.run_id)
      if (outcome.kind === 'sent') totals.sent += 1
      else if (outcome.kind === 'suppressed') totals.suppressed += 1
      else if (outcome.kind === 'permanent' || notice.attempts + 1 >= MAX_MAIL_ATTEMPTS) totals.failed += 1
      else totals.retried += 1
    }
  }
  for (const runId of touched) await refreshRunTotals(sql, runId)
  return totals
}
