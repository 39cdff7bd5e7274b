import type { Payload, TypedUser, Where } from 'payload'

import { NEWSROOM_TIMEZONE } from '@/config/timezones'
import { poolOf } from '@/db/sql'
import type { DashboardQuery } from '../parseProgrammeQuery'
import { taskStatus } from '../taskStatus'
import { PRODUCED_TYPES, type DashboardFigures, type ObjectiveFigures, type Produced, type Reach, type TaskFigures } from './dashboardTypes'

/**
 * Which task each piece of content serves, with its current stage, across every content type
 * (`programmeTasks` on each). Delivery names types in the singular; codes are not delivered.
 */
const SERVED = `
  SELECT 'campaigns' AS collection, 'campaign' AS type, r.parent_id AS doc_id, r.programme_tasks_id AS task_id, c.stage::text AS stage
    FROM campaigns_rels r JOIN campaigns c ON c.id = r.parent_id WHERE r.path = 'programmeTasks' AND r.programme_tasks_id = ANY($1::int[])
  UNION ALL
  SELECT 'articles', 'article', r.parent_id, r.programme_tasks_id, c.stage::text
    FROM articles_rels r JOIN articles c ON c.id = r.parent_id WHERE r.path = 'programmeTasks' AND r.programme_tasks_id = ANY($1::int[])
  UNION ALL
  SELECT 'briefing-packs', 'briefing-pack', r.parent_id, r.programme_tasks_id, c.stage::text
    FROM briefing_packs_rels r JOIN briefing_packs c ON c.id = r.parent_id WHERE r.path = 'programmeTasks' AND r.programme_tasks_id = ANY($1::int[])
  UNION ALL
  SELECT 'conduct-codes', 'conduct-code', r.parent_id, r.programme_tasks_id, c.stage::text
    FROM codes_rels r JOIN codes c ON c.id = r.parent_id WHERE r.path = 'programmeTasks' AND r.programme_tasks_id = ANY($1::int[])`

const DAY = `(($X::timestamptz) AT TIME ZONE '${NEWSROOM_TIMEZONE}')::date`
const day = (param: string) => DAY.replace('$X', param)

type Row = Record<string, unknown>
const n = (value: unknown) => Number(value ?? 0)

const emptyReach = (): Reach => ({ webhooksDelivered: 0, mailsSent: 0, bounces: 0, bundleDownloads: 0, comments: 0, commentsAnswered: 0 })
const emptyProduced = (): Produced => Object.fromEntries(PRODUCED_TYPES.map((type) => [type, { published: 0, inProgress: 0 }])) as Produced

/**
 * The dashboard's figures for a period, computed in SQL over the ledgers: publications in the
 * change log, webhook deliveries, the mail ledger, usage counters, journalists and comments.
 * Tasks are read through Payload for the person asking; every count is one grouped query.
 */
export async function loadDashboardFigures(payload: Payload, query: DashboardQuery, user: TypedUser, now = new Date()): Promise<DashboardFigures> {
  // Tasks of the programme years the period touches (Viet Nam years), hosted or coordinated by the institution.
  const years = { from: new Date(query.from.getTime() + 7 * 3600_000).getUTCFullYear(), to: new Date(query.to.getTime() - 1 + 7 * 3600_000).getUTCFullYear() }
  const conditions: Where[] = [{ or: [{ 'year.year': { greater_than_equal: years.from, less_than_equal: years.to } }, { year: { exists: false } }] }]
  if (query.institution) conditions.push({ or: [{ 'host.code': { equals: query.institution } }, { 'coordination.code': { equals: query.institution } }] })
  const institutionWhere: Where = { and: conditions }
  const [tasks, objectives] = await Promise.all([
    payload.find({
      collection: 'programme-tasks',
      where: institutionWhere,
      depth: 1,
      limit: 500,
      sort: 'number',
      locale: 'all' as never,
      // Only what the figures need: no joins (the content lists) and no owners.
      joins: false,
      select: {
        year: true,
        number: true,
        label: true,
        text: true,
        host: true,
        due: true,
        completedAt: true,
        milestones: true,
        progressUpdates: true,
        objectives: true,
        status: true,
      },
      populate: { 'programme-years': { year: true }, institutions: { code: true } },
      user,
      overrideAccess: false,
    }),
    payload.find({ collection: 'programme-objectives', depth: 0, limit: 100, sort: 'number', locale: 'all' as never, user, overrideAccess: false }),
  ])
  const taskIds = tasks.docs.map((task) => task.id)
  const pool = poolOf(payload)
  const q = async (text: string, params: unknown[] = []) => (await pool.query<Row>(text, params)).rows
  const range = [taskIds, query.from.toISOString(), query.to.toISOString()]
  const period = [query.from.toISOString(), query.to.toISOString()]

  const [produced, webhooks, mails, bundles, comments, agencies, mailTotals, accreditations, byGroup, byClause, weekly, bundleTotal] = await Promise.all([
    q(
      `WITH served AS (${SERVED})
       SELECT s.task_id, s.collection,
              count(DISTINCT s.doc_id) FILTER (WHERE EXISTS (
                SELECT 1 FROM delivery_changes dc WHERE dc.content_type = s.type AND dc.doc_id = s.doc_id
                   AND dc.event_trusted = 'item.published' AND dc.occurred_at >= $2 AND dc.occurred_at < $3)
                OR (s.collection = 'conduct-codes' AND EXISTS (
                SELECT 1 FROM codes c WHERE c.id = s.doc_id AND c._status = 'published' AND c.updated_at >= $2 AND c.updated_at < $3))) AS published,
              count(DISTINCT s.doc_id) FILTER (WHERE s.stage NOT IN ('published', 'withdrawn')) AS in_progress
         FROM served s GROUP BY 1, 2`,
      range,
    ),
    q(
      `WITH served AS (${SERVED})
       SELECT s.task_id, count(DISTINCT wd.id) AS n
         FROM webhook_deliveries wd
         JOIN delivery_changes dc ON dc.id = wd.change_id
         JOIN served s ON s.type = dc.content_type AND s.doc_id = dc.doc_id
        WHERE wd.status = 'delivered' AND wd.delivered_at >= $2 AND wd.delivered_at < $3
        GROUP BY 1`,
      range,
    ),
    q(
      `WITH served AS (${SERVED}),
       run_items AS (
         SELECT r.id AS run_id, dc.content_type AS type, dc.doc_id FROM digest_runs r JOIN delivery_changes dc ON dc.id = r.change_id
         UNION
         SELECT i.run_id, CASE i.collection WHEN 'campaigns' THEN 'campaign' WHEN 'articles' THEN 'article' ELSE 'briefing-pack' END, i.item_id
           FROM digest_run_items i)
       SELECT s.task_id,
              count(DISTINCT d.id) FILTER (WHERE d.status = 'sent' AND d.sent_at >= $2 AND d.sent_at < $3) AS sent,
              count(DISTINCT d.id) FILTER (WHERE d.status = 'failed' AND d.updated_at >= $2 AND d.updated_at < $3) AS failed
         FROM deliveries d
         JOIN run_items ri ON ri.run_id = d.run_id
         JOIN served s ON s.type = ri.type AND s.doc_id = ri.doc_id
        GROUP BY 1`,
      range,
    ),
    q(
      `WITH served AS (${SERVED})
       SELECT s.task_id, sum(u.count) AS n
         FROM usage_daily_counts u JOIN served s ON s.collection = 'briefing-packs' AND s.doc_id = u.subject_id
        WHERE u.kind = 'bundle_download' AND u.day >= ${day('$2')} AND u.day < ${day('$3')}
        GROUP BY 1`,
      range,
    ),
    q(
      `WITH served AS (${SERVED})
       SELECT s.task_id, count(DISTINCT c.id) AS total, count(DISTINCT c.id) FILTER (WHERE c.answered_at IS NOT NULL) AS answered
         FROM code_comments c JOIN served s ON s.collection = 'conduct-codes' AND s.doc_id = c.code_id
        WHERE c.status <> 'rejected' AND c.created_at >= $2 AND c.created_at < $3
        GROUP BY 1`,
      range,
    ),
    q(
      `SELECT a.id, a.name, coalesce(w.n, 0) AS webhooks, coalesce(f.n, 0) AS fetches
         FROM agencies a
         LEFT JOIN (SELECT agency_id, count(*) AS n FROM webhook_deliveries
                     WHERE status = 'delivered' AND delivered_at >= $1 AND delivered_at < $2 GROUP BY 1) w ON w.agency_id = a.id
         LEFT JOIN (SELECT subject_id, sum(count) AS n FROM usage_daily_counts
                     WHERE kind = 'api_fetch' AND day >= ${day('$1')} AND day < ${day('$2')} GROUP BY 1) f ON f.subject_id = a.id
        ORDER BY coalesce(w.n, 0) + coalesce(f.n, 0) DESC, a.name`,
      period,
    ),
    q(
      `SELECT count(*) FILTER (WHERE status = 'sent' AND sent_at >= $1 AND sent_at < $2) AS sent,
              count(*) FILTER (WHERE status = 'failed' AND updated_at >= $1 AND updated_at < $2) AS failed
         FROM deliveries WHERE updated_at >= $1`,
      period,
    ),
    q(`SELECT count(*) AS n FROM journalists WHERE status = 'accredited' AND decided_at >= $1 AND decided_at < $2`, period),
    q(
      `SELECT "group"::text AS grp, count(*) AS total, count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered
         FROM code_comments WHERE status <> 'rejected' AND created_at >= $1 AND created_at < $2 GROUP BY 1 ORDER BY 1`,
      period,
    ),
    q(
      `SELECT clause_number AS clause, count(*) AS total, count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered
         FROM code_comments WHERE status <> 'rejected' AND created_at >= $1 AND created_at < $2
        GROUP BY 1 ORDER BY 1 NULLS FIRST`,
      period,
    ),
    q(
      `WITH served AS (${SERVED}),
       first_published AS (
         SELECT dc.content_type, dc.doc_id, min(dc.occurred_at) AS at FROM delivery_changes dc
          WHERE dc.event_trusted = 'item.published' AND dc.occurred_at >= $2 AND dc.occurred_at < $3 GROUP BY 1, 2)
       SELECT to_char(date_trunc('week', fp.at AT TIME ZONE '${NEWSROOM_TIMEZONE}'), 'YYYY-MM-DD') AS week, s.task_id, count(DISTINCT (fp.content_type, fp.doc_id)) AS n
         FROM first_published fp JOIN served s ON s.type = fp.content_type AND s.doc_id = fp.doc_id
        GROUP BY 1, 2 ORDER BY 1, 2`,
      range,
    ),
    q(`SELECT coalesce(sum(count), 0) AS n FROM usage_daily_counts WHERE kind = 'bundle_download' AND day >= ${day('$1')} AND day < ${day('$2')}`, period),
  ])

  const byTask = new Map<number, TaskFigures>()
  for (const task of tasks.docs) {
    const label = task.label as unknown as { vi?: string; en?: string }
    const text = (task.text ?? {}) as unknown as { vi?: string | null; en?: string | null }
    const yearDoc = typeof task.year === 'object' && task.year ? task.year : null
    const host = typeof task.host === 'object' && task.host ? task.host.code : null
    byTask.set(task.id, {
      id: task.id,
      number: task.number,
      year: yearDoc?.year ?? null,
      label: { vi: label.vi ?? label.en ?? '', en: label.en ?? label.vi ?? '' },
      text: { vi: text.vi || null, en: text.en || null },
      host,
      due: task.due,
      status: taskStatus(
        { due: task.due, year: yearDoc?.year ?? null, completedAt: task.completedAt, milestones: task.milestones, updates: task.progressUpdates },
        now,
      ),
      objectives: (task.objectives ?? []).map((o) => (typeof o === 'object' ? o.id : o)),
      produced: emptyProduced(),
      ...emptyReach(),
    })
  }
  const on = (row: Row) => byTask.get(n(row.task_id))
  for (const row of produced) {
    const task = on(row)
    if (task) task.produced[row.collection as keyof Produced] = { published: n(row.published), inProgress: n(row.in_progress) }
  }
  for (const row of webhooks) {
    const task = on(row)
    if (task) task.webhooksDelivered = n(row.n)
  }
  for (const row of mails) {
    const task = on(row)
    if (task) Object.assign(task, { mailsSent: n(row.sent), bounces: n(row.failed) })
  }
  for (const row of bundles) {
    const task = on(row)
    if (task) task.bundleDownloads = n(row.n)
  }
  for (const row of comments) {
    const task = on(row)
    if (task) Object.assign(task, { comments: n(row.total), commentsAnswered: n(row.answered) })
  }

  const taskList = [...byTask.values()]
  const objectiveList: ObjectiveFigures[] = objectives.docs.map((objective) => {
    const label = objective.label as unknown as { vi?: string; en?: string }
    const served = taskList.filter((task) => task.objectives.includes(objective.id))
    const sum = (pick: (task: TaskFigures) => number) => served.reduce((total, task) => total + pick(task), 0)
    return {
      id: objective.id,
      number: objective.number,
      label: { vi: label.vi ?? '', en: label.en ?? label.vi ?? '' },
      tasks: served.map((task) => task.number),
      published: sum((task) => PRODUCED_TYPES.reduce((total, type) => total + task.produced[type].published, 0)),
      webhooksDelivered: sum((task) => task.webhooksDelivered),
      mailsSent: sum((task) => task.mailsSent),
      bounces: sum((task) => task.bounces),
      bundleDownloads: sum((task) => task.bundleDownloads),
      comments: sum((task) => task.comments),
      commentsAnswered: sum((task) => task.commentsAnswered),
    }
  })

  const numberOf = new Map(taskList.map((task) => [task.id, task.number]))
  return {
    period: { from: query.from.toISOString(), to: query.to.toISOString(), institution: query.institution },
    generatedAt: now.toISOString(),
    tasks: taskList,
    objectives: objectiveList,
    agencies: agencies.map((row) => ({ id: n(row.id), name: String(row.name), webhooksDelivered: n(row.webhooks), apiFetches: n(row.fetches) })),
    mail: { sent: n(mailTotals[0]?.sent), bounces: n(mailTotals[0]?.failed) },
    accreditations: n(accreditations[0]?.n),
    bundleDownloads: n(bundleTotal[0]?.n),
    commentsByGroup: byGroup.map((row) => ({
      group: String(row.grp),
      total: n(row.total),
      answered: n(row.answered),
      answeredShare: n(row.total) === 0 ? 0 : Math.round((n(row.answered) / n(row.total)) * 1000) / 1000,
    })),
    commentsByClause: byClause.map((row) => ({ clause: (row.clause as string | null) ?? null, total: n(row.total), answered: n(row.answered) })),
    publicationsByWeek: weekly.map((row) => ({ week: String(row.week), task: numberOf.get(n(row.task_id)) ?? 0, count: n(row.n) })),
  }
}
