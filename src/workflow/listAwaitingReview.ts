import type { Payload } from 'payload'

import { hasRole } from '../access/roles'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/content/contentCollections'
import { authorIdsOf, contentTitle, relationId } from './contentFacts'

export type ReviewItem = { collection: WorkflowCollection; id: number; title: string; updatedAt: string; assigneeId: number | null }

type Reviewer = { id: number | string; roles?: string[] | null; collection?: string }

/**
 * "Awaiting my review": working copies in review (new items and edits of live ones), across
 * every content type, that this reviewer did not write (so could approve), oldest first,
 * each with the reviewer it is assigned to. Read with the reviewer's own access.
 */
export async function listAwaitingReview(payload: Payload, reviewer: Reviewer): Promise<ReviewItem[]> {
  if (!hasRole(reviewer, 'reviewer', 'admin')) return []
  const items: ReviewItem[] = []
  for (const collection of WORKFLOW_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { stage: { equals: 'in_review' } },
      draft: true,
      depth: 0,
      limit: 200,
      sort: 'updatedAt',
      user: { ...reviewer, collection: 'users' } as never,
      overrideAccess: false,
    })
    for (const doc of docs as unknown as Array<{ id: number; title?: string; headline?: string; updatedAt: string; authors?: unknown[]; assignee?: unknown }>) {
      if (authorIdsOf(doc).includes(Number(reviewer.id))) continue
      items.push({ collection, id: doc.id, title: contentTitle(doc), updatedAt: doc.updatedAt, assigneeId: relationId(doc.assignee) })
    }
  }
  return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
}
