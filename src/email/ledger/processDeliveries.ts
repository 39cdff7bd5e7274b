import type { Transporter } from 'nodemailer'
import type { Payload } from 'payload'

import { siteUrl as configuredSiteUrl } from '@/config/siteUrl'
import { poolOf, sqlForClient } from '@/db/sql'
import { listUnsubscribeHeaders, subscriptionLinks } from '@/subscriptions/links'
import { fromAddress, smtpPoolSize } from '@/mail/bulkTransport'
import { recordDigestItems } from '../digest/recordDigestItems'
import { processJournalistNotices } from '../notices/processJournalistNotices'
import { claimDeliveries, type ClaimedDelivery } from './claimDeliveries'
import { classifySmtpError } from './classifySmtpError'
import { composeMail, loadRunContext, type RunContext } from './composeMail'
import { refreshRunTotals } from './refreshRunTotals'
import { settleDelivery, settleSent, type SendOutcome } from './settleDelivery'

export type ProcessOptions = { transport: Transporter; runId?: number; batch?: number; siteUrl?: string; stopAfter?: number }
export type ProcessTotals = { sent: number; failed: number; retried: number; suppressed: number }

/**
 * Sends what the ledger holds, batch by batch: claim at most the pool size of rows,
 * compose and send them in parallel, record each outcome, recount the runs. Safe beside
 * other workers (claims) and after a crash (a stale claim is taken again; anything sent
 * is marked sent and never claimed again).
 */
export async function processDeliveries(payload: Payload, options: ProcessOptions): Promise<ProcessTotals> {
  const sql = sqlForClient(poolOf(payload))
  const site = options.siteUrl ?? configuredSiteUrl()
  const batch = options.batch ?? smtpPoolSize()
  const runs = new Map<number, Promise<RunContext>>()
  const totals: ProcessTotals = { sent: 0, failed: 0, retried: 0, suppressed: 0 }
  const recounted = new Map<number, number>()
  const recorded = new WeakMap<object, Promise<void>>()
  let handled = 0

  const contextOf = (runId: number): Promise<RunContext> => {
    let run = runs.get(runId)
    if (!run) {
      run = loadRunContext(sql, runId)
      runs.set(runId, run)
    }
    return run
  }

  const deliver = async (delivery: ClaimedDelivery): Promise<SendOutcome> => {
    if (delivery.status !== 'active') return { kind: 'suppressed', reason: `the subscriber is ${delivery.status}` }
    if (!delivery.access_token_sealed) return { kind: 'suppressed', reason: 'the subscriber has no unsubscribe link' }
    const context = await contextOf(delivery.run_id)
    const accessToken = payload.decrypt(delivery.access_token_sealed)
    const links = subscriptionLinks(site, accessToken)
    const composed = await composeMail(sql, context, delivery, links, site)
    if ('suppressed' in composed) return { kind: 'suppressed', reason: composed.suppressed }
    // What a digest carries is on record before it leaves, as every ledger row is: once for
    // all who get the same digest (composeMail hands them the same list), and every one of
    // them waits for that record.
    if (composed.carried) {
      let record = recorded.get(composed.carried)
      if (!record) {
        const carried = composed.carried
        record = recordDigestItems(sql, delivery.run_id, carried)
        recorded.set(carried, record)
        // A failed record is tried again by the next mail that needs it.
        record.catch(() => recorded.delete(carried))
      }
      await record
    }
    try {
      const info = await options.transport.sendMail({
        from: fromAddress(),
        // eslint-disable-next-line no-control-regex -- matches control characters on purpose
        to: { name: (delivery.name ?? '').replace(/[\u0000-\u001f]+/g, ' ').trim(), address: delivery.email },
        subject: composed.mail.subject,
        text: composed.mail.text,
        html: composed.mail.html,
        headers: { ...listUnsubscribeHeaders(links.unsubscribeUrl, accessToken), 'X-Newsroom-Delivery': String(delivery.id) },
      })
      return { kind: 'sent', messageId: String(info.messageId ?? '') }
    } catch (error) {
      return classifySmtpError(error)
    }
  }

  // The next batch is claimed while this one is sent, so the connections never wait on the
  // database. A claimed row that was not yet sent is only taken again after a crash, never
  // sent twice: what a crash can duplicate is still at most the batch in flight.
  if (options.stopAfter === 0) return totals
  let next: Promise<ClaimedDelivery[]> = claimDeliveries(sql, batch, options.runId)
  for (;;) {
    const claimed = await next
    if (claimed.length === 0) break
    const stopping = options.stopAfter !== undefined && handled + claimed.length >= options.stopAfter
    next = stopping ? Promise.resolve([]) : claimDeliveries(sql, batch, options.runId)
    // Its failure is dealt with when it is awaited, not as an unhandled rejection meanwhile.
    next.catch(() => undefined)
    const outcomes = await Promise.all(
      claimed.map(async (delivery) => ({ delivery, outcome: await deliver(delivery).catch((error: unknown): SendOutcome => classifySmtpError(error)) })),
    )
    // Sent rows are marked together, per run; anything else is settled one by one.
    for (const runId of new Set(claimed.map((delivery) => delivery.run_id))) {
      const context = await runs.get(runId)?.catch(() => undefined)
      const digestEnd = context?.kind === 'daily' || context?.kind === 'weekly' ? context.periodEnd : null
      const sent = outcomes.filter(({ delivery, outcome }) => delivery.run_id === runId && outcome.kind === 'sent')
      await settleSent(
        sql,
        sent.map(({ delivery, outcome }) => ({
          id: delivery.id,
          attempts: delivery.attempts,
          subscriberId: delivery.subscriber_id,
          messageId: outcome.kind === 'sent' ? outcome.messageId : '',
        })),
        digestEnd,
      )
    }
    for (const { delivery, outcome } of outcomes) {
      if (outcome.kind === 'sent') {
        totals.sent += 1
        continue
      }
      await settleDelivery(sql, { id: delivery.id, attempts: delivery.attempts, subscriberId: delivery.subscriber_id }, outcome)
      if (outcome.kind === 'suppressed') totals.suppressed += 1
      else if (outcome.kind === 'permanent' || delivery.attempts + 1 >= 5) totals.failed += 1
      else totals.retried += 1
    }
    handled += claimed.length
    // Progress is recounted at most once a second per run (a recount reads the whole run);
    // every touched run is recounted, and completed, at the end.
    for (const runId of new Set(claimed.map((delivery) => delivery.run_id))) {
      if (recounted.has(runId) && Date.now() - recounted.get(runId)! < 1000) continue
      recounted.set(runId, Date.now())
      await refreshRunTotals(sql, runId)
    }
  }
  for (const runId of recounted.keys()) await refreshRunTotals(sql, runId)
  // Journalists who downloaded a withdrawn or corrected pack: their own ledger, the same pass.
  if (options.stopAfter === undefined || handled < options.stopAfter) {
    const notices = await processJournalistNotices(sql, { transport: options.transport, siteUrl: site, batch, runId: options.runId, runContext: contextOf })
    for (const key of ['sent', 'failed', 'retried', 'suppressed'] as const) totals[key] += notices[key]
  }
  return totals
}
