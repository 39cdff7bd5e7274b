import { formatDate } from '../i18n/formatDateTime'
import { messagesIn } from '../i18n/defineMessages'
import { langOfPayloadRequest } from '../i18n/lang'
import { workflowMessages } from '../i18n/messages/workflow'
import type { PayloadRequest } from 'payload'

import { hasValidConsent } from '../access/mediaAccess'
import { filesUsedBy } from '../content/filesUsedBy'

export type UnconsentedMedia = { id: number; filename: string | null; reason: string }

type Args = {
  req: PayloadRequest
  collection: string
  /** The version about to go live, in the language being saved (or every language). */
  doc: Record<string, unknown>
  at: Date
}

/** The item's files in every language: the version being saved, and its stored working copy. */
async function filesOfEveryLanguage({ req, collection, doc }: Omit<Args, 'at'>): Promise<number[]> {
  const config = req.payload.collections[collection as keyof typeof req.payload.collections]?.config
  if (!config) return []
  const locales = (req.payload.config.localization ? req.payload.config.localization.localeCodes : []) as string[]
  const blocks = req.payload.config.blocks ?? []
  const used = new Set(filesUsedBy({ fields: config.fields, doc, locales, blocks }))
  const id = doc.id
  if (id !== undefined && id !== null) {
    const stored = await req.payload
      .findByID({ collection: collection as never, id: id as number, draft: true, locale: 'all', depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)
    if (stored) for (const file of filesUsedBy({ fields: config.fields, doc: stored, locales, blocks })) used.add(file)
  }
  return [...used]
}

/**
 * The safeguarding gate: the files an item uses (every upload field at any depth and every
 * image in its rich text, in every language) that depict a child without recorded,
 * unexpired consent. An item that uses any of them never goes live.
 */
export async function findUnconsentedMedia(args: Args): Promise<UnconsentedMedia[]> {
  const used = await filesOfEveryLanguage(args)
  if (used.length === 0) return []
  const { docs } = await args.req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: used } }, { depictsChild: { equals: true } }] },
    depth: 0,
    limit: used.length,
    pagination: false,
    req: args.req,
    // A system check: it must see every file, whoever triggered the publication.
    overrideAccess: true,
  })
  return docs.flatMap((media) => {
    if (hasValidConsent(media, args.at)) return []
    const words = messagesIn(workflowMessages, langOfPayloadRequest(args.req))
    const reason = media.consentRecorded ? words.consentExpired(formatDate(String(media.consentExpiry))) : words.noConsent
    return [{ id: media.id, filename: media.filename ?? null, reason }]
  })
}
