import type { Payload } from 'payload'

import { subscriberIdOf, tokenMatches } from './tokens'

export type SubscriberRecord = {
  id: number
  email: string
  name?: string | null
  outlet?: string | null
  locale: 'vi' | 'en'
  frequency: 'immediate' | 'daily' | 'weekly'
  status: 'pending' | 'active' | 'unsubscribed' | 'bounced'
  topics?: number[] | null
  campaigns?: number[] | null
  contentTypes?: string[] | null
  confirmTokenHash?: string | null
  confirmTokenExpiresAt?: string | null
  accessTokenHash?: string | null
  accessTokenSealed?: string | null
}

async function load(payload: Payload, token: unknown): Promise<{ subscriber: SubscriberRecord; token: string } | null> {
  const id = subscriberIdOf(token)
  if (id === null) return null
  const subscriber = (await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true })) as unknown as SubscriberRecord | null
  return subscriber ? { subscriber, token: token as string } : null
}

/** The subscriber a manage or unsubscribe link belongs to, or null for a forged, mangled or replaced link. */
export async function subscriberByAccessToken(payload: Payload, token: unknown): Promise<SubscriberRecord | null> {
  const found = await load(payload, token)
  return found && tokenMatches(found.token, found.subscriber.accessTokenHash) ? found.subscriber : null
}

export type ConfirmOutcome = { status: 'confirmed'; subscriber: SubscriberRecord } | { status: 'invalid' } | { status: 'expired' }

/**
 * Confirms a pending subscription: the link must match and be under seven days old. A
 * second visit within those days finds the subscription already active and says so:
 * browsers repeat a navigation now and then (the Critical-CH client hint makes Chromium
 * send it twice), and people click twice. Unsubscribing kills the link.
 */
export async function confirmSubscription(payload: Payload, token: unknown, now = new Date()): Promise<ConfirmOutcome> {
  const found = await load(payload, token)
  if (!found || !tokenMatches(found.token, found.subscriber.confirmTokenHash)) return { status: 'invalid' }
  const expiresAt = found.subscriber.confirmTokenExpiresAt ? new Date(found.subscriber.confirmTokenExpiresAt).getTime() : 0
  if (expiresAt <= now.getTime()) return { status: 'expired' }
  if (found.subscriber.status === 'active') return { status: 'confirmed', subscriber: found.subscriber }
  if (found.subscriber.status !== 'pending') return { status: 'invalid' }
  const subscriber = (await payload.update({
    collection: 'subscribers',
    id: found.subscriber.id,
    data: { status: 'active', confirmedAt: now.toISOString(), lastDigestAt: now.toISOString(), bounceCount: 0 } as never,
    overrideAccess: true,
    showHiddenFields: true,
  })) as unknown as SubscriberRecord
  return { status: 'confirmed', subscriber }
}

/** Stops every mail to this address at once: pending deliveries are suppressed when their turn comes, and an unused confirmation link dies. */
export async function unsubscribe(payload: Payload, subscriber: SubscriberRecord, now = new Date()): Promise<void> {
  if (subscriber.status === 'unsubscribed') return
  await payload.update({ collection: 'subscribers', id: subscriber.id, data: { status: 'unsubscribed', unsubscribedAt: now.toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null } as never, overrideAccess: true })
}
