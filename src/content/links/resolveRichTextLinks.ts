import type { Payload, PayloadRequest } from 'payload'

import { collectLinkTargets } from './collectLinkTargets'
import { loadPublicTargets } from './loadPublicTargets'
import type { LinkReader } from './resolveInternalLink'
import { rewriteInternalLinks } from './rewriteInternalLinks'

type Options = LinkReader & { req?: PayloadRequest; now?: Date }

/**
 * The rich-text fields of a document with their internal links settled for one reader
 * (see rewriteInternalLinks): what the site's pages and the change log render from.
 * Fields that are not Lexical documents, or hold no internal link, come back unchanged.
 */
export async function resolveRichTextLinks<T extends Record<string, unknown>>(payload: Payload, doc: T, fields: Array<keyof T>, options: Options): Promise<T> {
  const targets = collectLinkTargets(...fields.map((field) => doc[field]))
  if (targets.length === 0) return doc
  const publicTargets = await loadPublicTargets(payload, targets, { req: options.req, now: options.now })
  const reader = { lang: options.lang, base: options.base }
  const resolved = { ...doc }
  for (const field of fields) resolved[field] = rewriteInternalLinks(doc[field], publicTargets, reader)
  return resolved
}
