import type { DeliveryEvent, PriorState } from './types'

type Events = { eventTrusted: DeliveryEvent | null; eventPublic: DeliveryEvent | null; liftPending: boolean }

/**
 * Who is told what when a version is published. Trusted agencies always hear of it;
 * everyone else only once the embargo has passed (until then the row is invisible to
 * them and waits for its lift). "published" when the item is not live for that audience
 * (new, or withdrawn since), "updated" when it is.
 */
export function decidePublicationEvents(prior: PriorState | undefined, embargoUntil: string | null | undefined, now: Date): Events {
  const embargoed = Boolean(embargoUntil) && new Date(embargoUntil!).getTime() > now.getTime()
  return {
    eventTrusted: prior?.liveForTrusted ? 'updated' : 'published',
    eventPublic: embargoed ? null : prior?.liveForPublic ? 'updated' : 'published',
    liftPending: embargoed,
  }
}

/** A withdrawal is news only to those for whom the item is live: nobody else hears a thing. */
export function decideWithdrawalEvents(prior: PriorState): Events {
  return {
    eventTrusted: prior.liveForTrusted ? 'withdrawn' : null,
    eventPublic: prior.liveForPublic ? 'withdrawn' : null,
    liftPending: false,
  }
}

/** When an embargo passes, everyone else hears of the item: new to them, or a new version. */
export function decideLiftEvent(prior: PriorState | undefined): DeliveryEvent {
  return prior?.liveForPublic ? 'updated' : 'published'
}
