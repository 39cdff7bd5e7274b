import type { Payload } from 'payload'

import { confirmationLinksOf, forgetConfirmationLinks } from './confirmationLinks'
import type { SubscriberRecord } from './subscriberRecord'
import { subscriberIdOf, tokenMatches } from './tokens'
import { withSubscriberLocked } from './withSubscriberLocked'

export type { SubscriberRecord } from './subscriberRecord'

async function load(payload: Payload, token: unknown): Promise<{ subscriber: SubscriberRecord; token: string } | null> {
  const id = subscriberIdOf(token)
  if (id === null) return null
  const subscriber = (await payload.findByID({
    collection: 'subscribers',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
  })) as unknown as SubscriberRecord | null
  return subscriber ? { subscriber, token: token as string } : null
}

/** The subscriber a manage or unsubscribe link belongs to, or null for a forged, mangled or replaced link. */
export async function subscriberByAccessToken(payload: Payload, token: unknown): Promise<SubscriberRecord | null> {
  const found = await load(payload, token)
  return found && tokenMatches(found.token, found.subscriber.accessTokenHash) ? found.subscriber : null
}

export type ConfirmOutcome = { status: 'confirmed'; subscriber: SubscriberRecord } | { status: 'invalid' } | { status: 'expired' }

/**
 * Confirms a pending subscription with any link sent to it that is under seven days old
 * (or the one link of a mail sent before each link had its own row). Using one kills the
 * others, and it is kept as the subscriber's `confirmTokenHash`: a second visit within
 * those days finds the subscription already active and says so, since browsers repeat a
 * navigation now and then (the Critical-CH client hint makes Chromium send it twice) and
 * people click twice. Unsubscribing kills the link. Decided under the subscriber's row
 * lock, so two links clicked at once confirm once and the second is refused.
 */
export async function confirmSubscription(payload: Payload, token: unknown, now = new Date()): Promise<ConfirmOutcome> {
  const id = subscriberIdOf(token)
  if (id === null) return { status: 'invalid' }
  const given = token as string
  return withSubscriberLocked(payload, id, async ({ req, sql, subscriber }): Promise<ConfirmOutcome> => {
    if (!subscriber) return { status: 'invalid' }
    const link = (await confirmationLinksOf(sql, id)).find((candidate) => tokenMatches(given, candidate.tokenHash))
    const kept =
      !link && tokenMatches(given, subscriber.confirmTokenHash) && subscriber.confirmTokenExpiresAt
        ? { tokenHash: subscriber.confirmTokenHash!, expiresAt: new Date(subscriber.confirmTokenExpiresAt) }
        : null
    const used = link ?? kept
    if (!used) return { status: 'invalid' }
    if (used.expiresAt.getTime() <= now.getTime()) return { status: 'expired' }
    if (subscriber.status === 'active') return { status: 'confirmed', subscriber }
    if (subscriber.status !== 'pending') return { status: 'invalid' }
    const confirmed = (await payload.update({
      collection: 'subscribers',
      id,
      data: {
        status: 'active',
        confirmedAt: now.toISOString(),
        lastDigestAt: now.toISOString(),
        bounceCount: 0,
        confirmTokenHash: used.tokenHash,
        confirmTokenExpiresAt: used.expiresAt.toISOString(),
      } as never,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })) as unknown as SubscriberRecord
    await forgetConfirmationLinks(sql, id)
    return { status: 'confirmed', subscriber: confirmed }
  })
}

/** Stops every mail to this address at once: pending deliveries are suppressed when their turn comes, and every unused confirmation link dies. */
export async function unsubscribe(payload: Payload, subscriber: SubscriberRecord, now = new Date()): Promise<void> {
  if (subscriber.status === 'unsubscribed') return
  await withSubscriberLocked(payload, subscriber.id, async ({ req, sql }) => {
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { status: 'unsubscribed', unsubscribedAt: now.toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null } as never,
      overrideAccess: true,
      req,
    })
    await forgetConfirmationLinks(sql, subscriber.id)
  })
}
