import { fromDisplayDay, toDisplayDay } from '@/i18n/typedDates'

/** What the audit log's filter form asks: an event, a day range in Viet Nam time, a person. */
export type AuditFilter = { event?: string; from?: string; to?: string; person?: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The day after a yyyy-MM-dd day, as yyyy-MM-dd. */
const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/**
 * The filter as Payload's own `where` query string, so the list and the CSV export read it
 * alike. Days are whole days in Viet Nam time; an empty field adds no condition.
 */
export function auditFilterQuery(filter: AuditFilter): string {
  const conditions: Array<[string, string]> = []
  let index = 0
  const add = (path: string, value: string) => {
    conditions.push([`where[and][${index}]${path}`, value])
    index += 1
  }
  if (filter.event) add('[event][equals]', filter.event)
  if (filter.from && DAY.test(filter.from)) add('[createdAt][greater_than_equal]', `${filter.from}T00:00:00+07:00`)
  if (filter.to && DAY.test(filter.to)) add('[createdAt][less_than]', `${nextDay(filter.to)}T00:00:00+07:00`)
  const person = filter.person?.trim()
  if (person) {
    conditions.push([`where[and][${index}][or][0][actorName][like]`, person])
    conditions.push([`where[and][${index}][or][1][actorEmail][like]`, person])
  }
  return conditions.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')
}

/** The filter back from an address that auditFilterQuery wrote, so the form shows what the list shows. */
export function readAuditFilter(search: string): AuditFilter {
  const params = new URLSearchParams(search)
  const filter: AuditFilter = {}
  for (const [key, value] of params) {
    if (/^where\[and\]\[\d+\]\[event\]\[equals\]$/.test(key)) filter.event = value
    else if (/^where\[and\]\[\d+\]\[createdAt\]\[greater_than_equal\]$/.test(key)) filter.from = value.slice(0, 10)
    else if (/^where\[and\]\[\d+\]\[createdAt\]\[less_than\]$/.test(key))
      filter.to = new Date(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    else if (/^where\[and\]\[\d+\]\[or\]\[0\]\[actorName\]\[like\]$/.test(key)) filter.person = value
  }
  return filter
}

/** The day fields of the filter form. */
export type AuditDayField = 'from' | 'to'

/** The filter as the form shows it: its days written dd/MM/yyyy, whatever the browser's language. */
export function typedAuditFilter(filter: AuditFilter): AuditFilter {
  return { ...filter, from: filter.from && toDisplayDay(filter.from), to: filter.to && toDisplayDay(filter.to) }
}

/**
 * The form's fields read as a filter: days typed dd/MM/yyyy become YYYY-MM-DD. `wrong` names
 * each day field whose text is not a day, so the form says which one instead of silently
 * filtering on less than was asked.
 */
export function readTypedAuditFilter(typed: AuditFilter): { filter: AuditFilter; wrong: AuditDayField[] } {
  const filter: AuditFilter = { ...typed, from: undefined, to: undefined }
  const wrong: AuditDayField[] = []
  for (const field of ['from', 'to'] as const) {
    const text = typed[field]?.trim()
    if (!text) continue
    const day = fromDisplayDay(text)
    if (day) filter[field] = day
    else wrong.push(field)
  }
  return { filter, wrong }
}
