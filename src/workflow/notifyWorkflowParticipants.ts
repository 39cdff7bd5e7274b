import type { PayloadRequest, Where } from 'payload'

import { siteUrl } from '../config/siteUrl'
import type { WorkflowCollection } from '@/content/contentCollections'
import { langOrDefault } from '@/i18n/lang'
import { workflowMailMessages } from '@/i18n/messages/workflowMails'
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

type NoticeAction = keyof (typeof workflowMailMessages)['vi']['subject']
const isNoticeAction = (action: WorkflowAction): action is NoticeAction => action in workflowMailMessages.vi.subject

/**
 * Tells the next people in line: on submission the assigned reviewer, or every reviewer
 * when nobody is assigned; the new assignee when an item is assigned to someone else;
 * its authors when changes are requested. A failed mail is logged and does not undo the action.
 */
export async function notifyWorkflowParticipants({ req, action, collection, id, title, comment, authorIds, assigneeId }: Notice): Promise<number> {
  if (!isNoticeAction(action)) return 0
  const me = req.user?.id ?? -1
  let where: Where
  if (action === 'request_changes') where = { id: { in: authorIds.length ? authorIds : [-1] } }
  else if (assigneeId) where = { and: [{ id: { equals: assigneeId } }, { id: { not_equals: me } }] }
  else if (action === 'submit') where = { and: [{ roles: { contains: 'reviewer' } }, { id: { not_equals: me } }] }
  else return 0
  const { docs: recipients } = await req.payload.find({ collection: 'users', where, depth: 0, limit: 200, req, user: req.user, overrideAccess: false })
  const link = `${siteUrl()}/admin/collections/${collection}/${id}`
  let sent = 0
  for (const recipient of recipients) {
    const words = workflowMailMessages[langOrDefault(recipient.mailLanguage)]
    const subject = `${words.subject[action]}: ${title}`
    const text = [subject, comment ? `\n${comment}\n` : '', words.openInAdmin(link)].join('\n')
    try {
      await req.payload.sendEmail({ to: recipient.email, subject, text })
      sent += 1
    } catch (error) {
      req.payload.logger.warn(`Workflow mail to user ${recipient.id} failed: ${(error as Error).message}`)
    }
  }
  return sent
}
