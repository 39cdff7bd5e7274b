import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from '@/content/contentCollections'

/**
 * A change made to the live row directly (a withdrawal, which must leave the working copy
 * alone) runs the collection's afterChange hooks as a save would, in the same
 * transaction: the change log, webhooks, the search index and the media rule follow it
 * exactly as they follow a publication.
 */
export async function runLiveChangeHooks(req: PayloadRequest, collection: WorkflowCollection, id: number, action: string): Promise<void> {
  const config = req.payload.collections[collection].config
  const doc = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as Record<string, unknown>
  const context = { ...req.context, workflow: action }
  const previous = req.context
  req.context = context
  try {
    for (const hook of config.hooks?.afterChange ?? []) {
      await hook({ collection: config, context, data: doc, doc, operation: 'update', previousDoc: doc, req } as never)
    }
  } finally {
    req.context = previous
  }
}
