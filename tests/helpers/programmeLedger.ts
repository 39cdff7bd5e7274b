import type { Payload } from 'payload'

import { poolOf } from '@/db/sql'

export type SeededLedger = { agencies: { vnn: number; other: number }; tasks: Record<number, number>; content: Record<string, number> }

/**
 * A small, fully known programme ledger in 2021, written straight into the tables the
 * dashboard reads (content rows, the change log, webhook and mail ledgers, usage counters,
 * journalists and comments). The expected figures are worked out in
 * tests/int/programmeDashboard.int.spec.ts. `bulkDeliveries` adds that many more delivered
 * webhooks on the campaign's change, for the benchmark.
 */
export async function seedProgrammeLedger(payload: Payload, { bulkDeliveries = 0, tag = String(Date.now()) } = {}): Promise<SeededLedger> {
  const pool = poolOf(payload)
  const one = async (text: string, params: unknown[] = []) => (await pool.query<{ id: number }>(text, params)).rows[0]!.id
  const { rows: taskRows } = await pool.query<{ id: number; number: number }>(
    `SELECT t.id, t.number::int AS number FROM programme_tasks t JOIN programme_years y ON y.id = t.year_id WHERE y.year = 2021`,
  )
  const tasks = Object.fromEntries(taskRows.map((row) => [row.number, row.id])) as Record<number, number>

  const content = async (table: string, stage: string, taskNumbers: number[]) => {
    const id = await one(`INSERT INTO ${table} (stage, _status) VALUES ($1, $2) RETURNING id`, [stage, stage === 'published' ? 'published' : 'draft'])
    for (const [order, number] of taskNumbers.entries()) {
      await pool.query(`INSERT INTO ${table}_rels ("order", parent_id, path, programme_tasks_id) VALUES ($1, $2, 'programmeTasks', $3)`, [
        order + 1,
        id,
        tasks[number],
      ])
    }
    return id
  }
  const campaign = await content('campaigns', 'published', [6])
  const laterCampaign = await content('campaigns', 'published', [6])
  const article = await content('articles', 'published', [6, 9])
  const draftArticle = await content('articles', 'draft', [9])
  const pack = await content('briefing_packs', 'published', [7])
  const code = await one(`INSERT INTO codes (slug, stage, _status) VALUES ($1, 'draft', 'draft') RETURNING id`, [`ledger-code-${tag}`])
  await pool.query(`INSERT INTO codes_rels ("order", parent_id, path, programme_tasks_id) VALUES (1, $1, 'programmeTasks', $2)`, [code, tasks[5]])

  const change = (type: string, docId: number, lang: string, event: string, at: string) =>
    one(
      `INSERT INTO delivery_changes (item_id, content_type, doc_id, lang, version, event_trusted, event_public, pub_status, occurred_at, ninjs)
       VALUES ($1, $2, $3, $4, 1, $5, $5, 'usable', $6, '{}'::jsonb) RETURNING id`,
      [`${type}-${docId}-${lang}`, type, docId, lang, event, at],
    )
  const cVi = await change('campaign', campaign, 'vi', 'item.published', '2021-03-02T03:00:00Z')
  const cEn = await change('campaign', campaign, 'en', 'item.published', '2021-03-02T03:00:00Z')
  const aVi = await change('article', article, 'vi', 'item.published', '2021-03-03T03:00:00Z')
  const bPub = await change('briefing-pack', pack, 'vi', 'item.published', '2021-05-10T03:00:00Z')
  const bUpd = await change('briefing-pack', pack, 'vi', 'item.updated', '2021-05-12T03:00:00Z')
  const later = await change('campaign', laterCampaign, 'vi', 'item.published', '2022-01-05T03:00:00Z')

  const vnn = await one(`INSERT INTO agencies (name) VALUES ($1) RETURNING id`, [`VietNamNet ${tag}`])
  const other = await one(`INSERT INTO agencies (name) VALUES ($1) RETURNING id`, [`Báo Khác ${tag}`])
  const webhook = (agency: number, changeId: number, status: string, at: string) =>
    pool.query(
      `INSERT INTO webhook_deliveries (agency_id, change_id, event, item_id, status, attempts, delivered_at)
       VALUES ($1, $2, 'item.published', 'x', $3, 1, $4)`,
      [agency, changeId, status, status === 'delivered' ? at : null],
    )
  await webhook(vnn, cVi, 'delivered', '2021-03-02T03:01:00Z')
  await webhook(other, cVi, 'delivered', '2021-03-02T03:01:00Z')
  await webhook(vnn, cEn, 'delivered', '2021-03-02T03:01:00Z')
  await webhook(other, cEn, 'failed', '2021-03-02T03:01:00Z')
  await webhook(vnn, aVi, 'delivered', '2021-03-03T03:01:00Z')
  await webhook(vnn, bPub, 'delivered', '2021-05-10T03:01:00Z')
  await webhook(vnn, bUpd, 'delivered', '2021-05-12T03:01:00Z')
  await webhook(vnn, later, 'delivered', '2022-01-05T03:01:00Z')
  if (bulkDeliveries > 0) {
    // Spread over the year, alternating between the two agencies; each row needs its own change.
    await pool.query(
      `WITH changes AS (
         INSERT INTO delivery_changes (item_id, content_type, doc_id, lang, version, event_trusted, event_public, pub_status, occurred_at, ninjs)
         SELECT 'campaign-' || $1::int || '-vi', 'campaign', $1::int, 'vi', g, 'item.updated', 'item.updated', 'usable',
                timestamptz '2021-01-01 00:00Z' + (g % 360) * interval '1 day', '{}'::jsonb
           FROM generate_series(1, $2::int) AS g RETURNING id, occurred_at)
       INSERT INTO webhook_deliveries (agency_id, change_id, event, item_id, status, attempts, delivered_at)
       SELECT CASE WHEN id % 2 = 0 THEN $3::int ELSE $4::int END, id, 'item.updated', 'x', 'delivered', 1, occurred_at FROM changes`,
      [campaign, bulkDeliveries, vnn, other],
    )
  }

  const subscriber = (n: number) => one(`INSERT INTO subscribers (email) VALUES ($1) RETURNING id`, [`ledger-${tag}-${n}@subscriber.test`])
  const subs = [await subscriber(1), await subscriber(2), await subscriber(3)]
  const alertRun = await one(`INSERT INTO digest_runs (kind, period, status, change_id) VALUES ('alert', $1, 'completed', $2) RETURNING id`, [
    `ledger-alert-${tag}`,
    cVi,
  ])
  const digestRun = await one(`INSERT INTO digest_runs (kind, period, status) VALUES ('daily', $1, 'completed') RETURNING id`, [`ledger-daily-${tag}`])
  await pool.query(`INSERT INTO digest_run_items (run_id, collection, item_id) VALUES ($1, 'articles', $2), ($1, 'campaigns', $3)`, [
    digestRun,
    article,
    campaign,
  ])
  const mail = (run: number, sub: number, status: string, at: string) =>
    pool.query(`INSERT INTO deliveries (run_id, subscriber_id, status, attempts, sent_at, updated_at) VALUES ($1, $2, $3, 1, $4, $5)`, [
      run,
      sub,
      status,
      status === 'sent' ? at : null,
      at,
    ])
  await mail(alertRun, subs[0]!, 'sent', '2021-03-02T04:00:00Z')
  await mail(alertRun, subs[1]!, 'sent', '2021-03-02T04:00:00Z')
  await mail(alertRun, subs[2]!, 'failed', '2021-03-02T04:00:00Z')
  await mail(digestRun, subs[0]!, 'sent', '2021-03-04T00:00:00Z')
  await mail(digestRun, subs[1]!, 'sent', '2021-03-04T00:00:00Z')

  await pool.query(
    `INSERT INTO usage_daily_counts (kind, subject_id, day, count) VALUES
       ('bundle_download', $1, '2021-05-11', 3), ('bundle_download', $1, '2021-05-12', 2), ('bundle_download', $1, '2022-01-02', 7),
       ('api_fetch', $2, '2021-06-01', 40), ('api_fetch', $2, '2021-06-02', 2), ('api_fetch', $3, '2021-06-01', 10)`,
    [pack, vnn, other],
  )

  const journalist = (n: number, status: string, decidedAt: string | null) =>
    pool.query(`INSERT INTO journalists (name, outlet, email, press_card_number, status, decided_at) VALUES ($1, 'Báo', $2, $3, $4, $5)`, [
      `Phóng viên ${n}`,
      `ledger-${tag}-${n}@press.test`,
      `PC-${tag}-${n}`,
      status,
      decidedAt,
    ])
  await journalist(1, 'accredited', '2021-04-01T02:00:00Z')
  await journalist(2, 'accredited', '2021-09-01T02:00:00Z')
  await journalist(3, 'pending', null)
  await journalist(4, 'accredited', '2022-02-01T02:00:00Z')

  const comment = (group: string, clause: string | null, status: string, answeredAt: string | null) =>
    pool.query(
      `INSERT INTO code_comments (code_id, revision, clause_number, name, email, "group", text, consent, status, answered_at, created_at)
       VALUES ($1, 'v0.1', $2, 'Người góp ý', 'gop-y@example.test', $3, 'Góp ý', true, $4, $5, '2021-07-01T02:00:00Z')`,
      [code, clause, group, status, answeredAt],
    )
  await comment('parent', '1.1', 'published', '2021-07-05T02:00:00Z')
  await comment('parent', '1.1', 'published', null)
  await comment('teacher', '2.3', 'published', '2021-07-06T02:00:00Z')
  await comment('child', null, 'pending', null)
  await comment('press', '1.1', 'rejected', null)

  return { agencies: { vnn, other }, tasks, content: { campaign, laterCampaign, article, draftArticle, pack, code } }
}
