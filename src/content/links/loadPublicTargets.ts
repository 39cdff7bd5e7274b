import type { Payload, PayloadRequest } from 'payload'

import { isPubliclyVisible } from '@/access/publicContent'
import { LINKABLE_COLLECTIONS, targetKey, type LinkTarget } from './readLinkTarget'
import type { PublicTargets } from './resolveInternalLink'

type Options = {
  /** Given inside a publication, so the lookup joins its transaction. */
  req?: PayloadRequest
  now?: Date
}

type Row = { id: number; slug?: string | null; _status?: string | null; stage?: string | null; embargoUntil?: string | null }

/**
 * Which link targets are public right now, and their slugs. The live rows are read as
 * an anonymous reader would (or, inside a publication, with its request), and each is
 * then judged by the one rule every channel uses, `isPubliclyVisible`: so whoever runs
 * the lookup, a draft, an embargoed or a withdrawn target is never in the answer.
 */
export async function loadPublicTargets(payload: Payload, targets: LinkTarget[], { req, now = new Date() }: Options = {}): Promise<PublicTargets> {
  const found = new Map<string, string>()
  for (const collection of LINKABLE_COLLECTIONS) {
    const ids = [...new Set(targets.filter((target) => target.collection === collection).map((target) => target.id))]
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      select: { slug: true, _status: true, stage: true, embargoUntil: true } as never,
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      ...(req ? { req } : {}),
    })
    for (const doc of docs as unknown as Row[]) {
      if (typeof doc.slug === 'string' && doc.slug && isPubliclyVisible(doc, now)) found.set(targetKey({ collection, id: Number(doc.id) }), doc.slug)
    }
  }
  return found
}
