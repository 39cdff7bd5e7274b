'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { auditFilterQuery, readAuditFilter, type AuditFilter } from '../../audit/auditFilterQuery'

type Props = {
  events: Array<{ value: string; label: string }>
  words: Record<'filterTitle' | 'anyEvent' | 'eventLabel' | 'fromLabel' | 'toLabel' | 'personLabel' | 'apply' | 'clear' | 'downloadCsv', string>
  mayExport: boolean
}

const LIST = '/admin/collections/audit-log'

/** The audit log's filter form: it writes Payload's own `where` into the address, so the list and the CSV read the same filter. */
export function AuditLogFilter({ events, words, mayExport }: Props) {
  const [filter, setFilter] = useState<AuditFilter>(() => (typeof window === 'undefined' ? {} : readAuditFilter(window.location.search)))
  const query = auditFilterQuery(filter)
  const set = (key: keyof AuditFilter) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilter({ ...filter, [key]: event.target.value })
  return (
    <form
      className="audit-filter"
      data-testid="audit-filter"
      aria-label={words.filterTitle}
      onSubmit={(event) => {
        event.preventDefault()
        window.location.assign(`${LIST}${query ? `?${query}` : ''}`)
      }}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end', margin: '0 0 1rem' }}
    >
      <label>
        {words.eventLabel}
        <br />
        <select value={filter.event ?? ''} onChange={set('event')} name="event">
          <option value="">{words.anyEvent}</option>
          {events.map((event) => (
            <option key={event.value} value={event.value}>
              {event.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {words.fromLabel}
        <br />
        <input type="date" name="from" value={filter.from ?? ''} onChange={set('from')} />
      </label>
      <label>
        {words.toLabel}
        <br />
        <input type="date" name="to" value={filter.to ?? ''} onChange={set('to')} />
      </label>
      <label>
        {words.personLabel}
        <br />
        <input type="search" name="person" value={filter.person ?? ''} onChange={set('person')} maxLength={120} />
      </label>
      <Button type="submit" size="small" buttonStyle="primary">
        {words.apply}
      </Button>
      <Button el="link" url={LIST} size="small" buttonStyle="secondary">
        {words.clear}
      </Button>
      {mayExport && (
        <Button el="anchor" url={`/api/audit-log/export.csv${query ? `?${query}` : ''}`} size="small" buttonStyle="secondary" newTab={false}>
          {words.downloadCsv}
        </Button>
      )}
    </form>
  )
}
