import type { PayloadRequest } from 'payload'

import { auditSummaryText, type AuditSummary } from '../i18n/messages/auditSummaries'
import type { AuditEvent } from './events'

type AuditEntry = {
  req: PayloadRequest
  event: AuditEvent
  /** A message key and its values: each reader sees the summary in their own language. */
  summary: AuditSummary
  target?: { collection: string; id: number | string }
  details?: Record<string, unknown>
  /** Who acted when it was not a signed-in person, e.g. "scheduler". */
  actorLabel?: string
}

/**
 * Appends one entry to the audit log, inside the request's transaction, so an action and
 * its record are saved together or not at all. The actor is copied by value (id, name
 * and email), so entries outlive the accounts they name and read as people, not addresses.
 * The summary is stored in Vietnamese, the newsroom's first language (searches and exports
 * without a reader see it), and its message under `details.summaryMessage`, from which each
 * reader's copy is worded (collections/AuditLog/hooks/summaryInReadersLanguage.ts).
 */
export async function recordAudit({ req, event, summary, target, details, actorLabel }: AuditEntry): Promise<void> {
  const user = req.user && req.user.collection === 'users' ? (req.user as typeof req.user & { name?: string | null; email?: string }) : undefined
  const agency = req.user && req.user.collection === 'agencies' ? (req.user as { id: number | string; name?: string }) : undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      event,
      summary: auditSummaryText(summary, 'vi') ?? summary.key,
      actorId: user ? Number(user.id) : undefined,
      actorName: user ? user.name?.trim() || user.email : agency?.name,
      actorEmail: user?.email ?? undefined,
      actorLabel: actorLabel ?? (agency ? `agency #${agency.id} ${agency.name ?? ''}`.trim() : user ? undefined : 'system'),
      targetCollection: target?.collection,
      targetId: target ? String(target.id) : undefined,
      details: { ...details, summaryMessage: summary },
    },
    req,
    // The log refuses every write through the API; this is the system writing it.
    overrideAccess: true,
  })
}
