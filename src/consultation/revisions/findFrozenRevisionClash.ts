import type { PayloadRequest } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { workflowMessages } from '@/i18n/messages/workflow'

/**
 * A published revision is frozen, so each publication needs a revision label of its own.
 * Says why publishing this draft would clash, in the reader's language, or null when it would not.
 */
export async function findFrozenRevisionClash(req: PayloadRequest, doc: Record<string, unknown>): Promise<string | null> {
  const label = typeof doc.revisionLabel === 'string' ? doc.revisionLabel : ''
  const { totalDocs } = await req.payload.count({
    collection: 'code-revisions',
    where: { and: [{ code: { equals: doc.id } }, { revision: { equals: label } }] },
    req,
  })
  if (totalDocs === 0) return null
  return messagesIn(workflowMessages, langOfPayloadRequest(req)).revisionFrozen(label)
}
