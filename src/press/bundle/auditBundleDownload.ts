import { createLocalReq, type Payload } from 'payload'

import type { BriefingPack } from '../../../payload-types'
import type { JournalistPrincipal } from '@/access/journalists'
import { recordAudit } from '@/audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'
import { type Lang } from '@/i18n/lang'

/** Every download of an embargoed pack is written to the audit log: who, which pack, when. */
export async function auditBundleDownload(
  payload: Payload,
  { journalist, pack, lang }: { journalist: JournalistPrincipal; pack: BriefingPack; lang: Lang },
): Promise<void> {
  // Journalists are not Payload users: the entry names them by value, as it does agencies.
  const req = await createLocalReq({}, payload)
  await recordAudit({
    req,
    event: 'embargo_access',
    summary: auditSummary('journalistDownloadedBundle', {
      journalist: String(journalist.name ?? journalist.email ?? journalist.id),
      pack: String(pack.slug),
      until: { time: String(pack.embargoUntil) },
    }),
    target: { collection: 'briefing-packs', id: pack.id },
    actorLabel: `journalist #${journalist.id} ${journalist.email ?? ''}`.trim(),
    details: { packId: pack.id, slug: pack.slug, lang, kind: 'bundle', journalistId: journalist.id, embargoedUntil: pack.embargoUntil },
  })
}
