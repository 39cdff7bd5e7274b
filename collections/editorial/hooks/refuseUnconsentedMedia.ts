import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { workflowMessages } from '@/i18n/messages/workflow'
import { findUnconsentedMedia } from '@/workflow/findUnconsentedMedia'

/**
 * The safeguarding gate on every path that makes a version live (the workflow, the
 * scheduler, a seed, any bulk action or script): a version that uses a file depicting a
 * child without recorded, unexpired consent is refused with 409, whatever route it came by.
 */
export const refuseUnconsentedMedia: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if ((data as { _status?: string })._status !== 'published') return data
  const doc = { ...(originalDoc ?? {}), ...data }
  const blocked = await findUnconsentedMedia({ req, collection: collection.slug, doc, at: new Date() })
  if (blocked.length === 0) return data
  const words = messagesIn(workflowMessages, langOfPayloadRequest(req))
  throw new APIError(words.safeguarding(words.action.publish, blocked.length), 409, { code: 'safeguarding', media: blocked }, true)
}
