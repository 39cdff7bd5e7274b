import type { Payload } from 'payload'

import { makeAgency } from '../helpers/delivery'
import { login } from '../helpers/rest'
import { makeStaff } from '../helpers/users'

/**
 * Who sends a hostile request. `sees` says which markers it may legitimately read: staff see
 * everything, an active trusted agency sees embargoed items, everyone else none.
 */
export type Identity = { name: string; authorization?: string; apiKey?: string; sees: 'nothing' | 'embargoed' | 'everything' }

export async function makeIdentities(payload: Payload, webhookUrl: string): Promise<Identity[]> {
  const identities: Identity[] = [{ name: 'anonymous', sees: 'nothing' }]
  for (const [name, options, sees] of [
    ['trusted agency', { trusted: true, active: true }, 'embargoed'],
    ['untrusted agency', { trusted: false, active: true, webhookUrl }, 'nothing'],
    ['inactive trusted agency', { trusted: true, active: false }, 'nothing'],
    ['inactive untrusted agency', { trusted: false, active: false }, 'nothing'],
  ] as const) {
    const { apiKey } = await makeAgency(payload, { ...options, name: `Hostile ${name}` })
    identities.push({ name, apiKey, authorization: `agencies API-Key ${apiKey}`, sees })
  }
  for (const role of ['admin', 'editor', 'reviewer', 'press-officer'] as const) {
    const staff = await makeStaff(payload, [role])
    identities.push({ name: role, authorization: `JWT ${await login(staff.email, staff.password)}`, sees: 'everything' })
  }
  return identities
}
