import type { PayloadRequest, Where } from 'payload'

import { siteUrl } from '../config/siteUrl'
import type { WorkflowCollection } from '@/content/contentCollections'
import type { WorkflowAction } from './stages'

type Notice = {
  req: PayloadRequest
  action: WorkflowAction
  collection: WorkflowCollection
  id: number
  title: string
  comment?: string
  authorIds: number[]
  /** The reviewer the working copy is assigned to, if any. */
  assigneeId?: number | null
}

const SUBJECTS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Chờ duyệt / Awaiting review',
  request_changes: 'Cần chỉnh sửa / Changes requested',
  assign: 'Được giao duyệt / Assigned to you for review',
}

/**
 * Tells the next people in line: on submission the assigned reviewer, or every reviewer
 * when nobody is assigned; the new assignee when an item is assigned to someone else;
 * its authors when changes are requested. A failed mail is logged and does not undo the action.
 */
export async function notifyWorkflowParticipants({ req, action, collection, id, title, comment, authorIds, assigneeId }: Notice): Promise<number> {
  const subject = SUBJECTS[action]
  if (!subject) return 0
  const me = req.user?.id ?? -1
  let where: Where
  if (action === 'request_changes') where = { id: { in: authorIds.length ? authorIds : [-1] } }
  else if (assigneeId) where = { and: [{ id: { equals: assigneeId } }, { id: { not_equals: me } }] }
  else if (action === 'submit') where = { and: [{ roles: { contains: 'reviewer' } }, { id: { not_equals: me } }] }
  else return 0
  const { docs: recipients } = await req.payload.find({ collection: 'users', where, depth: 0, limit: 200, req, user: req.user, overrideAccess: false })
  const link = `${siteUrl()}/admin/collections/${collection}/${id}`
  const text = [`${subject}: ${title}`, comment ? `\n${comment}\n` : '', `Mở trong trang quản trị / Open in the admin: ${link}`].join('\n')
  let sent = 0
  for (const recipient of recipients) {
    try {
      await req.payload.sendEmail({ to: recipient.email, subject: `${subject}: ${title}`, text })
      sent += 1
    } catch (error) {
      req.payload.logger.warn(`Workflow mail to user ${recipient.id} failed: ${(error as Error).message}`)
    }
  }
  return sent
}
