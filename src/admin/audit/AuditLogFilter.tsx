'use client'

import { useAdminWords } from '@/admin/useAdminWords'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { auditFilterQuery, readAuditFilter, readTypedAuditFilter, typedAuditFilter, type AuditFilter } from '@/audit/auditFilterQuery'

type Props = {
  events: Array<{ value: string; label: string }>
  words: Record<'filterTitle' | 'anyEvent' | 'eventLabel' | 'fromLabel' | 'toLabel' | 'personLabel' | 'apply' | 'clear' | 'downloadCsv', string>
  mayExport: boolean
}

const LIST = '/admin/collections/audit-log'

/**
 * The audit log's filter form: it writes Payload's own `where` into the address, so the list
 * and the CSV read the same filter. Days are typed dd/MM/yyyy in text fields: a browser's
 * date input would follow the browser's language (mm/dd/yyyy in an American one).
 */
export function AuditLogFilter({ events, words, mayExport }: Props) {
  const dates = useAdminWords('typedDates')
  const [typed, setTyped] = useState<AuditFilter>(() => (typeof window === 'undefined' ? {} : typedAuditFilter(readAuditFilter(window.location.search))))
  const [shownProblem, setShownProblem] = useState<string | null>(null)
  const { filter, wrong } = readTypedAuditFilter(typed)
  const query = auditFilterQuery(filter)
  const problem = wrong.map((field) => dates.badDay(field === 'from' ? words.fromLabel : words.toLabel)).join(' ') || null
  const set = (key: keyof AuditFilter) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setTyped({ ...typed, [key]: event.target.value })
    setShownProblem(null)
  }
  const dayInput = (name: 'from' | 'to', label: string) => (
    <label>
      {label}
      <br />
      <input
        type="text"
        name={name}
        inputMode="numeric"
        placeholder={dates.dayHint}
        size={10}
        value={typed[name] ?? ''}
        onChange={set(name)}
        aria-invalid={shownProblem !== null && wrong.includes(name)}
        aria-describedby={shownProblem ? 'audit-filter-problem' : undefined}
      />
    </label>
  )
  return (
    <form
      className="audit-filter"
      data-testid="audit-filter"
      aria-label={words.filterTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (problem) setShownProblem(problem)
        else window.location.assign(`${LIST}${query ? `?${query}` : ''}`)
      }}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end', margin: '0 0 1rem' }}
    >
      <label>
        {words.eventLabel}
        <br />
        <select value={typed.event ?? ''} onChange={set('event')} name="event">
          <option value="">{words.anyEvent}</option>
          {events.map((event) => (
            <option key={event.value} value={event.value}>
              {event.label}
            </option>
          ))}
        </select>
      </label>
      {dayInput('from', words.fromLabel)}
      {dayInput('to', words.toLabel)}
      <label>
        {words.personLabel}
        <br />
        <input type="search" name="person" value={typed.person ?? ''} onChange={set('person')} maxLength={120} />
      </label>
      <Button type="submit" size="small" buttonStyle="primary">
        {words.apply}
      </Button>
      <Button el="link" url={LIST} size="small" buttonStyle="secondary">
        {words.clear}
      </Button>
      {mayExport && (
        <Button
          el="anchor"
          url={`/api/audit-log/export.csv${query ? `?${query}` : ''}`}
          size="small"
          buttonStyle="secondary"
          newTab={false}
          // A CSV of a filter other than the one asked for would mislead: name the wrong day instead.
          onClick={problem ? () => setShownProblem(problem) : undefined}
        >
          {words.downloadCsv}
        </Button>
      )}
      {shownProblem && (
        <p id="audit-filter-problem" role="alert" data-testid="audit-filter-problem" style={{ flexBasis: '100%', margin: 0, color: 'var(--theme-error-500)' }}>
          {shownProblem}
        </p>
      )}
    </form>
  )
}
