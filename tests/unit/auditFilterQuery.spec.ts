import { describe, expect, it } from 'vitest'

import { auditFilterQuery, readAuditFilter } from '../../src/audit/auditFilterQuery'

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
})
