import { describe, expect, it } from 'vitest'

import { hasRole, isStaffMember } from '@/access/roles'

describe('hasRole', () => {
  it('is true when the user holds any one of the roles asked for', () => {
    expect(hasRole({ roles: ['editor', 'reviewer'] }, 'admin', 'reviewer')).toBe(true)
  })

  it('is false for a user without the role, and for nobody', () => {
    expect(hasRole({ roles: ['editor'] }, 'admin')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
    expect(hasRole({ roles: null }, 'editor')).toBe(false)
  })

  it('never grants a staff role to an account from another auth collection', () => {
    expect(hasRole({ collection: 'agencies', roles: ['admin'] }, 'admin')).toBe(false)
  })
})

describe('isStaffMember', () => {
  it('needs at least one staff role', () => {
    expect(isStaffMember({ roles: ['press-officer'] })).toBe(true)
    expect(isStaffMember({ roles: [] })).toBe(false)
  })
})
