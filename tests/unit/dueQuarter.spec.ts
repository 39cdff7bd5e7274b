import { describe, expect, it } from 'vitest'

import { dueQuarterEnd } from '@/programme/dueQuarter'

describe("a programme task's due period", () => {
  it('ends at the last moment of its quarter in Viet Nam time', () => {
    expect(dueQuarterEnd('2021-Q2')?.toISOString()).toBe('2021-06-30T16:59:59.999Z')
    expect(dueQuarterEnd('2026-Q4')?.toISOString()).toBe('2026-12-31T16:59:59.999Z')
  })

  it('has no end for a standing task or text it cannot read', () => {
    expect(dueQuarterEnd('regularly')).toBeNull()
    expect(dueQuarterEnd('2021-Q5')).toBeNull()
    expect(dueQuarterEnd(null)).toBeNull()
  })
})
