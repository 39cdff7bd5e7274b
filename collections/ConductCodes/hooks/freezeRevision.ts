import { APIError, type CollectionAfterChangeHook } from 'payload'

import { buildSnapshot } from '@/consultation/snapshot/buildSnapshot'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { workflowMessages } from '@/i18n/messages/workflow'

/**
 * Publishing a code freezes that revision: a read-only snapshot of both languages, with
 * numbered clauses and without the internal rationale, in `code-revisions`. It is written
 * in the publishing transaction, so a code is never live without its frozen revision.
 */
export const freezeRevision: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (context?.workflow !== 'publish') return doc
  const published = await req.payload.findByID({
    collection: 'conduct-codes',
    id: doc.id,
    locale: 'all',
    draft: false,
    depth: 0,
    req,
    // The scheduler publishes without a user; a person publishes with their own access.
    user: req.user,
    overrideAccess: !req.user,
  })
  const snapshot = buildSnapshot(published as never)
  const existing = await req.payload.count({
    collection: 'code-revisions',
    where: { and: [{ code: { equals: doc.id } }, { revision: { equals: snapshot.revision } }] },
    req,
  })
  if (existing.totalDocs > 0) {
    const words = messagesIn(workflowMessages, langOfPayloadRequest(req))
    throw new APIError(words.revisionFrozen(snapshot.revision), 409, { code: 'revision_frozen', field: 'revisionLabel' }, true)
  }
  // The Local API merges `context` into the request's own; it is put back afterwards so
  // nothing else later in this request can pass as the freeze.
  const previousContext = req.context
  try {
    await req.payload.create({
      collection: 'code-revisions',
      data: { code: doc.id, slug: snapshot.slug, revision: snapshot.revision, status: snapshot.status, publishedAt: new Date().toISOString(), snapshot },
      req,
      context: { freezingRevision: true },
      depth: 0,
      overrideAccess: false,
    })
  } finally {
    req.context = previousContext
  }
  return doc
}
