import type { CollectionAfterErrorHook } from 'payload'

import { recordAudit } from '@/audit/recordAudit'
import { auditSummary } from '@/i18n/messages/auditSummaries'

/**
 * Payload counts failed logins without running hooks, so a lockout is noticed here: after
 * a failed login, an account whose counter has just reached the limit and which is now
 * locked is recorded once (later attempts fail as "locked", not as a wrong password).
 */
export const auditLockouts: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if (error?.name !== 'AuthenticationError') return
  const email = (req.data as { email?: unknown } | undefined)?.email
  const maxAttempts = collection?.auth?.maxLoginAttempts ?? 0
  if (typeof email !== 'string' || maxAttempts <= 0) return
  const user = await req.payload.db.findOne<{ id: number; email: string; loginAttempts?: number; lockUntil?: string }>({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!user || (user.loginAttempts ?? 0) !== maxAttempts || !user.lockUntil || new Date(user.lockUntil) <= new Date()) return
  await recordAudit({
    req: { ...req, user: null } as typeof req,
    event: 'login_lockout',
    summary: auditSummary('lockout', { email: String(user.email), until: { time: String(user.lockUntil) }, attempts: maxAttempts }),
    target: { collection: 'users', id: user.id },
    details: { lockUntil: user.lockUntil, attempts: maxAttempts },
    actorLabel: 'login',
  })
}
