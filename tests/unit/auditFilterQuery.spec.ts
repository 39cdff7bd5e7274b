import { describe, expect, it } from 'vitest'

import { auditFilterQuery, readAuditFilter, readTypedAuditFilter, typedAuditFilter } from '@/audit/auditFilterQuery'

describe("the audit log's filter", () => {
  it("writes Payload's where query, with whole days in Viet Nam time and the person matched by name or email", () => {
    const query = decodeURIComponent(auditFilterQuery({ event: 'role_change', from: '2026-12-01', to: '2026-12-07', person: ' Trần ' }))
    expect(query.split('&')).toEqual([
      'where[and][0][event][equals]=role_change',
      'where[and][1][createdAt][greater_than_equal]=2026-12-01T00:00:00+07:00',
      'where[and][2][createdAt][less_than]=2026-12-08T00:00:00+07:00',
      'where[and][3][or][0][actorName][like]=Trần',
      'where[and][3][or][1][actorEmail][like]=Trần',
    ])
  })

  it('adds no condition for an empty field or a day it cannot read', () => {
    expect(auditFilterQuery({})).toBe('')
    expect(auditFilterQuery({ from: '07/12/2026', person: '   ' })).toBe('')
  })

  it('reads back the filter it wrote, so the form shows what the list shows', () => {
    const filter = { event: 'publish', from: '2026-11-30', to: '2026-12-31', person: 'duyet@bo.gov.vn' }
    expect(readAuditFilter(`?${auditFilterQuery(filter)}`)).toEqual(filter)
  })

  it('shows the days of a filter in its form as dd/MM/yyyy, whatever the browser reads dates as', () => {
    expect(typedAuditFilter({ event: 'publish', from: '2026-11-30', to: '2026-12-07' })).toEqual({ event: 'publish', from: '30/11/2026', to: '07/12/2026' })
  })

  it('reads days typed dd/MM/yyyy in the form as whole Viet Nam days', () => {
    const { filter, wrong } = readTypedAuditFilter({ event: 'publish', from: '1/12/2026', to: ' 07/12/2026 ', person: 'Lan' })
    expect(wrong).toEqual([])
    expect(decodeURIComponent(auditFilterQuery(filter))).toBe(
      decodeURIComponent(auditFilterQuery({ event: 'publish', from: '2026-12-01', to: '2026-12-07', person: 'Lan' })),
    )
  })

  it('names each day field whose text is not a day, a month-first date or 31 February among them, and leaves empty ones alone', () => {
    expect(readTypedAuditFilter({ from: '12/31/2026', to: '31/02/2026' }).wrong).toEqual(['from', 'to'])
    expect(readTypedAuditFilter({ from: 'hôm qua', to: '' }).wrong).toEqual(['from'])
    expect(readTypedAuditFilter({ from: '  ', to: undefined })).toEqual({ filter: {}, wrong: [] })
  })
})
