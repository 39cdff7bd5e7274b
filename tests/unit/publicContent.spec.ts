import { describe, expect, it } from 'vitest'

import { isPubliclyVisible, publiclyVisibleWhere } from '@/access/publicContent'

const now = new Date('2026-11-28T05:00:00Z')

describe('what is public right now', () => {
  it('is a published, not withdrawn item with no embargo or one that has passed', () => {
    expect(isPubliclyVisible({ _status: 'published', stage: 'published' }, now)).toBe(true)
    expect(isPubliclyVisible({ _status: 'published', stage: 'published', embargoUntil: '2026-11-28T04:59:59Z' }, now)).toBe(true)
  })

  it('excludes drafts, withdrawn items and items still under embargo', () => {
    expect(isPubliclyVisible({ _status: 'draft', stage: 'approved' }, now)).toBe(false)
    expect(isPubliclyVisible({ _status: 'published', stage: 'withdrawn' }, now)).toBe(false)
    expect(isPubliclyVisible({ _status: 'published', stage: 'published', embargoUntil: '2026-11-28T05:00:01Z' }, now)).toBe(false)
  })

  it('says the same as a query constraint, with the embargo compared to the same instant', () => {
    expect(publiclyVisibleWhere(now)).toEqual({
      and: [
        { _status: { equals: 'published' } },
        { stage: { not_equals: 'withdrawn' } },
        { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: '2026-11-28T05:00:00.000Z' } }] },
      ],
    })
  })
})
