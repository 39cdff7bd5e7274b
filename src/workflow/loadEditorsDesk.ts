import type { Payload, Where } from 'payload'

import { hasRole } from '../access/roles'
import { WORKFLOW_COLLECTIONS, CONTENT_COLLECTIONS, type WorkflowCollection } from '@/content/contentCollections'
import { contentTitle } from './contentFacts'
import { listAwaitingReview } from './listAwaitingReview'
import { selectDueTasks, type DeskTask, type DeskTaskRecord } from './selectDueTasks'

export type DeskItem = { collection: WorkflowCollection; id: number; title: string; at: string | null; assignedToMe?: boolean }
export type { DeskTask } from './selectDueTasks'
export type EditorsDesk = {
  myDrafts: DeskItem[]
  awaitingMe: DeskItem[]
  scheduledSoon: DeskItem[]
  embargoesLifting: DeskItem[]
  recentlyPublished: DeskItem[]
  failedWebhooks: number | null
  failedMail: number | null
  tasksDue: DeskTask[]
}

type Person = { id: number | string; roles?: string[] | null }
type Doc = { id: number; title?: string; headline?: string; updatedAt: string; publishAt?: string | null; embargoUntil?: string | null }

const HOUR = 3600_000
const DAY = 24 * HOUR
const PER_SECTION = 8

/**
 * Everything on the editor's desk, read with the person's own access: their drafts, what
 * waits for their review, what goes live or out of embargo soon, what went out lately,
 * deliveries that failed, and the programme's tasks not yet done that are overdue or due within
 * a quarter from now.
 */
export async function loadEditorsDesk(payload: Payload, person: Person, lang: 'vi' | 'en', now = new Date()): Promise<EditorsDesk> {
  const user = { ...person, collection: 'users' } as never
  const me = Number(person.id)
  const across = async (
    collections: readonly WorkflowCollection[],
    where: Where,
    options: { draft: boolean; sort: string; at: (doc: Doc) => string | null },
  ) => {
    const found = await Promise.all(
      collections.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          where,
          draft: options.draft,
          depth: 0,
          limit: PER_SECTION,
          sort: options.sort,
          locale: lang,
          user,
          overrideAccess: false,
        })
        return (docs as unknown as Doc[]).map((doc) => ({ collection, id: doc.id, title: contentTitle(doc), at: options.at(doc) }))
      }),
    )
    const direction = options.sort.startsWith('-') ? -1 : 1
    return found
      .flat()
      .sort((a, b) => direction * String(a.at ?? '').localeCompare(String(b.at ?? '')))
      .slice(0, PER_SECTION)
  }
  const iso = (offset: number) => new Date(now.getTime() + offset).toISOString()

  const [myDrafts, scheduledSoon, embargoesLifting, recentlyPublished, awaiting, failedWebhooks, failedMail, tasks] = await Promise.all([
    across(
      WORKFLOW_COLLECTIONS,
      { and: [{ authors: { in: [me] } }, { stage: { in: ['draft', 'changes_requested'] } }] },
      { draft: true, sort: '-updatedAt', at: (doc) => doc.updatedAt },
    ),
    across(
      CONTENT_COLLECTIONS,
      { and: [{ publishAt: { greater_than: iso(0) } }, { publishAt: { less_than_equal: iso(7 * DAY) } }] },
      { draft: true, sort: 'publishAt', at: (doc) => doc.publishAt ?? null },
    ),
    across(
      CONTENT_COLLECTIONS,
      { and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: iso(0) } }, { embargoUntil: { less_than_equal: iso(DAY) } }] },
      { draft: false, sort: 'embargoUntil', at: (doc) => doc.embargoUntil ?? null },
    ),
    across(
      WORKFLOW_COLLECTIONS,
      { and: [{ _status: { equals: 'published' } }, { stage: { not_equals: 'withdrawn' } }, { updatedAt: { greater_than: iso(-7 * DAY) } }] },
      { draft: false, sort: '-updatedAt', at: (doc) => doc.updatedAt },
    ),
    hasRole(person, 'reviewer', 'admin') ? listAwaitingReview(payload, person) : Promise.resolve([]),
    countOrNull(payload, 'webhook-deliveries', user),
    countOrNull(payload, 'deliveries', user),
    payload
      .find({
        collection: 'programme-tasks',
        // The year's number dates a standing task; progress and completion say whether it is done.
        select: { number: true, label: true, due: true, year: true, completedAt: true, milestones: true, progressUpdates: true },
        populate: { 'programme-years': { year: true } },
        depth: 1,
        pagination: false,
        locale: lang,
        user,
        overrideAccess: false,
      })
      .catch(() => ({ docs: [] })),
  ])
  const awaitingMe = awaiting
    .filter((item) => item.assigneeId === me || item.assigneeId === null)
    .slice(0, PER_SECTION)
    .map((item) => ({ collection: item.collection, id: item.id, title: item.title, at: item.updatedAt, assignedToMe: item.assigneeId === me }))
  const tasksDue = selectDueTasks(tasks.docs as unknown as DeskTaskRecord[], now, lang)
  return { myDrafts, awaitingMe, scheduledSoon, embargoesLifting, recentlyPublished, failedWebhooks, failedMail, tasksDue }
}

/** How many deliveries failed, or null when this person may not see that ledger. */
async function countOrNull(payload: Payload, collection: 'webhook-deliveries' | 'deliveries', user: never): Promise<number | null> {
  try {
    const { totalDocs } = await payload.count({ collection, where: { status: { equals: 'failed' } }, user, overrideAccess: false })
    return totalDocs
  } catch {
    return null
  }
}
