import { createLocalReq, type Payload } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import type { NinjsItem } from '../ninjs/types'
import type { AgencyRecord } from './agencyRecord'
import { auditSummary } from '@/i18n/messages/auditSummaries'

/** Every embargoed item an agency fetches is written to the audit log: agency, item and time. */
export async function auditEmbargoedFetch(payload: Payload, agency: AgencyRecord, items: NinjsItem[], via: string, now = new Date()): Promise<void> {
  const embargoed = items.filter((item) => item.embargoedUntil && new Date(item.embargoedUntil).getTime() > now.getTime())
  if (embargoed.length === 0) return
  const req = await createLocalReq({ user: { ...agency, collection: 'agencies' } as never }, payload)
  for (const item of embargoed) {
    await recordAudit({
      req,
      event: 'embargo_access',
      summary: auditSummary('agencyFetchedEmbargoed', { agency: String(agency.name), item: item.uri, until: { time: String(item.embargoedUntil) } }),
      target: { collection: 'delivery-items', id: item.uri },
      details: { agencyId: agency.id, agencyName: agency.name, uri: item.uri, version: item.version, embargoedUntil: item.embargoedUntil, via },
    })
  }
}
