import type { ServerProps } from 'payload'
import { adminWords } from '@/admin/adminWords'
import React from 'react'

import { hasRole } from '@/access/roles'
import { AUDIT_EVENTS } from '@/audit/events'
import { AuditLogFilter } from './AuditLogFilter'

/** Above the audit log's list: a filter form in plain words, and the CSV of what it shows, for admins. */
export function AuditLogTools({ i18n, user }: ServerProps) {
  const words = adminWords('audit', i18n)
  return (
    <AuditLogFilter
      events={AUDIT_EVENTS.map((event) => ({ value: event, label: words.event[event] }))}
      words={{
        filterTitle: words.filterTitle,
        anyEvent: words.anyEvent,
        eventLabel: words.eventLabel,
        fromLabel: words.fromLabel,
        toLabel: words.toLabel,
        personLabel: words.personLabel,
        apply: words.apply,
        clear: words.clear,
        downloadCsv: words.downloadCsv,
      }}
      mayExport={hasRole(user as never, 'admin')}
    />
  )
}
