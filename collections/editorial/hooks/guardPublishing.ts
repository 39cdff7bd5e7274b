import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isStaffMember } from '@/access/roles'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { workflowMessages } from '@/i18n/messages/workflow'

/**
 * Only the workflow publishes. Outside it:
 * - a save that sets `_status: published` is refused (403);
 * - a save straight onto a live item (without `?draft=true`) is refused (409), because it
 *   would change published content without review: changes to a live item are drafts,
 *   and go live when a reviewer publishes them;
 * - people outside the staff read only published versions, whatever `?draft=` says.
 */
export const guardPublishing: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (req.context?.workflow) return args
  if (operation === 'read') {
    // System reads (the scheduler, seeds) override access and may see drafts.
    const read = args as { draft?: boolean; overrideAccess?: boolean }
    if (read.overrideAccess !== true && !isStaffMember(req.user)) read.draft = false
    return args
  }
  const words = messagesIn(workflowMessages, langOfPayloadRequest(req))
  if (operation === 'restoreVersion' && args.draft !== true) {
    throw new APIError(words.restoreAsDraft, 409, undefined, true)
  }
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as { _status?: string }
  if (data._status === 'published') {
    throw new APIError(words.publishThroughWorkflow, 403, { field: '_status' }, true)
  }
  const update = args as { id?: number | string; draft?: boolean }
  if (operation === 'update' && update.draft !== true) {
    // A bulk update (no id) could reach live items, so it must be a draft save too.
    const live =
      update.id === undefined
        ? null
        : await req.payload.db.findOne<{ id: number; _status?: string; stage?: string }>({
            collection: collection.slug,
            where: { id: { equals: update.id } },
            req,
          })
    // A withdrawn item's row keeps the withdrawal (date, reason, 410): changes to it are drafts too.
    if (update.id === undefined || live?._status === 'published' || live?.stage === 'withdrawn') {
      throw new APIError(words.liveSavesAsDraft, 409, undefined, true)
    }
  }
  return args
}
