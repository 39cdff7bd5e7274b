import { createLocalReq, type Payload } from 'payload'

import type { JournalistPrincipal } from '@/access/journalists'
import { recordAudit } from '@/audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'

export type ViewedItem = { collection: 'briefing-packs' | 'articles'; id: number; slug?: string | null; title?: string | null; embargoUntil?: string | null }

const underEmbargo = (item: ViewedItem, now: Date): boolean => Boolean(item.embargoUntil) && new Date(item.embargoUntil!).getTime() > now.getTime()

/**
 * Writes an `embargo_access` entry for each item the journalist was shown while it was
 * still under embargo: who (id and address, copied by value), what, when and where.
 * Items past their embargo are public, and are not logged. Returns how many were logged.
 */
export async function auditEmbargoedView(
  payload: Payload,
  options: { journalist: JournalistPrincipal; items: ViewedItem[]; via: string; lang: string; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date()
  const embargoed = options.items.filter((item) => underEmbargo(item, now))
  if (embargoed.length === 0) return 0
  const { journalist } = options
  const req = await createLocalReq({}, payload)
  for (const item of embargoed) {
    await recordAudit({
      req,
      event: 'embargo_access',
      summary: auditSummary('journalistViewedEmbargoed', {
        journalist: journalist.email ?? `#${journalist.id}`,
        item: `${item.collection} #${item.id}`,
        until: { time: String(item.embargoUntil) },
      }),
      target: { collection: item.collection, id: item.id },
      actorLabel: `journalist #${journalist.id} ${journalist.email ?? ''}`.trim(),
      details: {
        journalistId: journalist.id,
        journalistEmail: journalist.email ?? null,
        slug: item.slug ?? null,
        title: item.title ?? null,
        embargoedUntil: item.embargoUntil,
        viewedAt: now.toISOString(),
        lang: options.lang,
        via: options.via,
      },
    })
  }
  return embargoed.length
}
