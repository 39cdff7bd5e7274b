import type { PayloadRequest, Where } from 'payload'

import { siteUrl } from '../config/siteUrl'
import type { WorkflowCollection } from './contentCollections'
import type { WorkflowAction } from './stages'

type Notice = { req: PayloadRequest; action: WorkflowAction; collection: WorkflowCollection; id: number; title: string; comment?: string; authorIds: number[] }

const SUBJECTS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Chờ duyệt / Awaiting review',
  request_changes: 'Cần chỉnh sửa / Changes requested',
}

/**
 * Tells the next people in line: reviewers when an item is submitted, its authors when
 * changes are requested. A failed mail is logged and does not undo the action.
 */
export async function notifyWorkflowParticipants({ req, action, collection, id, title, comment, authorIds }: Notice): Promise<number> {
  const subject = SUBJECTS[action]
  if (!subject) return 0
  const where: Where =
    action === 'submit'
      ? { and: [{ roles: { contains: 'reviewer' } }, { id: { not_equals: req.user?.id ?? -1 } }] }
      : { id: { in: authorIds.length ? authorIds : [-1] } }
  const { docs: recipients } = await req.payload.find({ collection: 'users', where, depth: 0, limit: 200, req, user: req.user, overrideAccess: false })
  const link = `${siteUrl()}/admin/collections/${collection}/${id}`
  const text = [
    `${subject}: ${title}`,
    comment ? `\n${comment}\n` : '',
    `Mở trong trang quản trị / Open in the admin: ${link}`,
  ].join('\n')
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
