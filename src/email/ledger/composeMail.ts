import type { Sql } from '@/db/sql'
import { escapeHtml } from '@/platform/html/escapeHtml'
import type { NinjsItem } from '@/delivery/ninjs/types'
import type { ContentType } from '@/content/contentTypes'
import { loadDigestCandidates } from '../digest/loadDigestCandidates'
import { mailItemOf } from '../digest/mailItemOf'
import { selectDigestItems, type DigestCandidate } from '../digest/selectDigestItems'
import { composeNotice } from '../notices/composeNotice'
import { loadNoticeVersions, type NoticeVersion } from '../notices/loadNoticeVersions'
import { renderAlertMail } from '@/mail/templates/renderAlertMail'
import { renderDigestMail } from '@/mail/templates/renderDigestMail'
import type { MailLinks, RenderedMail } from '@/mail/templates/types'
import type { ClaimedDelivery } from './claimDeliveries'
import type { RunKind } from './ensureRun'
import { isPublicNow } from './isPublicNow'
import { type Lang } from '@/i18n/lang'

export type RunContext = {
  id: number
  kind: RunKind
  periodStart: Date | null
  periodEnd: Date | null
  change: {
    itemId: string
    ninjs: NinjsItem
    slug: string | null
    contentType: ContentType
    lang: Lang
    updated: boolean
    changeNote: string | null
    occurredAt: Date
  } | null
  /** Digest runs: what may go in, loaded once per run and worker. */
  candidates?: DigestCandidate[]
  /** Notice runs: the withdrawal or correction in each language it was made in. */
  notice?: Map<Lang, NoticeVersion>
  /** Digest runs: each digest composed so far, by what decides it (see digestKey). */
  digestTemplates?: Map<string, DigestTemplate>
}

/** A digest composed once for every subscriber with the same choices, its links still slots. */
type DigestTemplate = { items: DigestCandidate[]; mail: RenderedMail } | { suppressed: string }

// Letters only: URL encoding and HTML escaping leave the slots as they are, so they can be
// found again in the rendered text and HTML.
const SLOTS = { manageUrl: 'https://newsroom.invalid/NEWSROOMMANAGESLOT', unsubscribeUrl: 'https://newsroom.invalid/NEWSROOMUNSUBSCRIBESLOT' }
/** Subscribers' choices are many; a run keeps this many composed digests at most. */
const TEMPLATES_KEPT = 256

/** Everything a digest's content depends on, apart from the subscriber's own links. */
function digestKey(locale: Lang, since: Date, delivery: ClaimedDelivery): string {
  const sorted = (values: string[] | null) => [...(values ?? [])].sort()
  return JSON.stringify([locale, since.getTime(), sorted(delivery.topic_slugs), sorted(delivery.campaign_slugs), sorted(delivery.content_types)])
}

/** The template with one subscriber's links in its slots. */
function fillLinks(mail: RenderedMail, links: MailLinks): RenderedMail {
  const fill = (text: string, escape: (value: string) => string) =>
    text.replaceAll(escape(SLOTS.manageUrl), escape(links.manageUrl)).replaceAll(escape(SLOTS.unsubscribeUrl), escape(links.unsubscribeUrl))
  const same = (value: string) => value
  return { subject: fill(mail.subject, same), text: fill(mail.text, same), html: fill(mail.html, escapeHtml) }
}

/** Digests look back at most this far, whatever a subscriber's last digest was. */
const DIGEST_LOOKBACK_MS = 35 * 24 * 60 * 60 * 1000

export async function loadRunContext(sql: Sql, runId: number): Promise<RunContext> {
  const [row] = await sql<{
    id: number
    kind: RunKind
    period_start: Date | null
    period_end: Date | null
    change_id: number | null
    item_id: string | null
    ninjs: NinjsItem | null
    slug: string | null
    content_type: ContentType | null
    lang: Lang | null
    event_public: string | null
    occurred_at: Date | null
    change_note: string | null
  }>(
    `SELECT r.id, r.kind::text AS kind, r.period_start, r.period_end, r.change_id, c.item_id, c.ninjs, c.slug, c.content_type, c.lang, c.event_public, c.occurred_at, c.change_note
       FROM digest_runs r LEFT JOIN delivery_changes c ON c.id = r.change_id WHERE r.id = $1`,
    [runId],
  )
  if (!row) throw new Error(`no run ${runId}`)
  const context: RunContext = {
    id: Number(row.id),
    kind: row.kind,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    change: row.item_id
      ? {
          itemId: row.item_id,
          ninjs: row.ninjs!,
          slug: row.slug,
          contentType: row.content_type!,
          lang: row.lang!,
          updated: row.event_public === 'updated',
          changeNote: row.change_note,
          occurredAt: row.occurred_at!,
        }
      : null,
  }
  if (context.kind === 'daily' || context.kind === 'weekly') {
    const end = context.periodEnd ?? new Date()
    context.candidates = await loadDigestCandidates(sql, new Date(end.getTime() - DIGEST_LOOKBACK_MS))
  }
  if (context.kind === 'correction' && row.change_id !== null) context.notice = await loadNoticeVersions(sql, Number(row.change_id))
  return context
}

/** A digest also says which items it carries, so that a withdrawal notice can find its readers. */
export type Composed = { mail: RenderedMail; carried?: DigestCandidate[] } | { suppressed: string }

/** The mail one delivery sends, or why it is not sent (withdrawn in the meantime, nothing new). */
export async function composeMail(sql: Sql, run: RunContext, delivery: ClaimedDelivery, links: MailLinks, siteUrl: string): Promise<Composed> {
  const locale = delivery.locale === 'en' ? 'en' : 'vi'
  if (run.kind === 'alert') {
    if (!run.change || !(await isPublicNow(sql, run.change.itemId))) return { suppressed: 'the item was withdrawn before this alert went out' }
    return { mail: renderAlertMail({ locale, item: mailItemOf(run.change, siteUrl), links }) }
  }
  if (run.kind === 'correction') {
    if (!run.notice || run.notice.size === 0) return { suppressed: 'the run has no change' }
    return composeNotice(sql, run.notice, { locale, via: 'mail', links }, siteUrl)
  }
  const since = delivery.last_digest_at ?? delivery.confirmed_at ?? run.periodStart ?? new Date(0)
  // Thousands of subscribers share the same choices: their digest is selected and rendered
  // once, and each gets it with their own links.
  const templates = (run.digestTemplates ??= new Map())
  const key = digestKey(locale, since, delivery)
  let template = templates.get(key)
  if (!template) {
    if (templates.size >= TEMPLATES_KEPT) templates.delete(templates.keys().next().value!)
    template = composeDigest(run, run.kind, delivery, locale, since, { ...SLOTS, siteUrl: links.siteUrl }, siteUrl)
    templates.set(key, template)
  }
  if ('suppressed' in template) return template
  return { carried: template.items, mail: fillLinks(template.mail, links) }
}

function composeDigest(
  run: RunContext,
  frequency: 'daily' | 'weekly',
  delivery: ClaimedDelivery,
  locale: Lang,
  since: Date,
  links: MailLinks,
  siteUrl: string,
): DigestTemplate {
  const items = selectDigestItems(run.candidates ?? [], {
    locale,
    since,
    topicSlugs: delivery.topic_slugs,
    campaignSlugs: delivery.campaign_slugs,
    contentTypes: delivery.content_types,
  }).filter((item) => !run.periodEnd || item.occurredAt.getTime() <= run.periodEnd.getTime())
  if (items.length === 0) return { suppressed: 'nothing new since the last digest' }
  return {
    items,
    mail: renderDigestMail({
      locale,
      frequency,
      periodStart: since,
      periodEnd: run.periodEnd ?? new Date(),
      items: items.map((item) => mailItemOf(item, siteUrl)),
      links,
    }),
  }
}
