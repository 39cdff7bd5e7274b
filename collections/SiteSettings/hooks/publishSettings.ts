import type { GlobalAfterChangeHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { takeIdentity } from '@/content/settings/identityNow'
import { refreshGlobalMediaUsage } from '@/content/mediaUsage/refreshGlobalMediaUsage'
import { bumpGeneration } from '@/delivery/changes/deliveryState'
import { sqlFor } from '@/db/sql'
import { auditSummary, auditSummaryMessages, inBothLanguages } from '@/i18n/messages/auditSummaries'

/**
 * The identity is on every public page: its logo becomes public, every instance's page cache
 * refreshes, and the change is audited, all in the save's own transaction.
 */
export const publishSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  // Every language's values, read as the admin who saved them (the identity is public anyway).
  const all = await req.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, req, user: req.user, overrideAccess: false })
  await refreshGlobalMediaUsage(req, 'site-settings', all as unknown as Record<string, unknown>)
  // Mail and feeds written by this instance name the ministry as saved, without waiting a minute.
  takeIdentity(all as unknown as Record<string, unknown>)
  await bumpGeneration(await sqlFor(req))
  await recordAudit({
    req,
    event: 'settings_change',
    summary: auditSummary('settingsSaved', { language: inBothLanguages(auditSummaryMessages, (words) => words.language[req.locale === 'en' ? 'en' : 'vi']) }),
    target: { collection: 'site-settings', id: 1 },
    details: { siteName: doc.siteName ?? null, logo: doc.logo ?? null },
  })
  return doc
}
