/** What the audit trail records. */
export const AUDIT_EVENTS = [
  'workflow',
  'publish',
  'role_change',
  'login_lockout',
  'agency_change',
  'embargo_access',
  'webhook_resend',
  'mail_retry',
  'comment_moderation',
  'comment_answer',
  'accreditation',
  'settings_change',
  'programme_change',
  'preview_link',
] as const
export type AuditEvent = (typeof AUDIT_EVENTS)[number]
