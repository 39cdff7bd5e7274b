import type { Payload } from 'payload'

import { siteUrl } from '../config/siteUrl'
import { messagesIn } from '@/i18n/defineMessages'
import type { Lang } from '@/i18n/lang'
import { subscriptionRequestMessages } from '@/i18n/messages/subscriptionRequests'
import { poolOf, sqlForClient, type Sql } from '@/db/sql'
import type { RenderedMail } from '@/mail/templates/types'
import { forgetConfirmationLink, forgetConfirmationLinks, linkSentSince, recordConfirmationLink } from './confirmationLinks'
import { CONFIRMATION_TTL_MS, CONSENT_TEXT, CONSENT_VERSION, REPEAT_WITHIN_MS } from './constants'
import { confirmUrlOf, subscriptionLinks } from './links'
import type { SubscribeRequest } from './parseSubscribeRequest'
import { sendSubscriptionMail } from './sendSubscriptionMail'
import type { SubscriberRecord } from './subscriberRecord'
import { forgetNote, noteSentSince, recordNote } from './subscribedNotes'
import { mintToken, tokenMatches } from './tokens'
import { withSubscriberLocked, type Locked } from './withSubscriberLocked'
import { renderAlreadySubscribedMail } from '@/mail/templates/renderAlreadySubscribedMail'
import { renderConfirmationMail } from '@/mail/templates/renderConfirmationMail'

/** Topic and campaign slugs to ids; an unknown slug is named, in the client's language, so the caller can answer 400. */
export async function resolveInterests(
  payload: Payload,
  request: Pick<SubscribeRequest, 'topics' | 'campaigns'>,
  lang: Lang = 'vi',
): Promise<{ topics: number[]; campaigns: number[] } | { field: string; message: string }> {
  const topics = request.topics.length
    ? (await payload.find({ collection: 'topics', where: { slug: { in: request.topics } }, limit: 100, depth: 0, overrideAccess: false, pagination: false }))
        .docs
    : []
  const missingTopic = request.topics.find((slug) => !topics.some((topic) => (topic as { slug?: string }).slug === slug))
  if (missingTopic) return { field: 'topics', message: messagesIn(subscriptionRequestMessages, lang).unknownTopic(missingTopic) }
  // Only campaigns the public can see: a draft campaign's slug is no one's business.
  const campaigns = request.campaigns.length
    ? (
        await payload.find({
          collection: 'campaigns',
          where: { slug: { in: request.campaigns } },
          limit: 100,
          depth: 0,
          overrideAccess: false,
          pagination: false,
        })
      ).docs
    : []
  const missingCampaign = request.campaigns.find((slug) => !campaigns.some((campaign) => (campaign as { slug?: string }).slug === slug))
  if (missingCampaign) return { field: 'campaigns', message: messagesIn(subscriptionRequestMessages, lang).unknownCampaign(missingCampaign) }
  return { topics: topics.map((topic) => Number(topic.id)), campaigns: campaigns.map((campaign) => Number(campaign.id)) }
}

/** A fresh access token (manage and unsubscribe links): its hash to check, a sealed copy to put in mails. */
export function accessTokenFields(payload: Payload, subscriberId: number) {
  const access = mintToken(subscriberId)
  return { token: access.token, fields: { accessTokenHash: access.hash, accessTokenSealed: payload.encrypt(access.token) } }
}

type AccessToken = { token: string; fields: Record<string, string> }

/** The subscriber's current manage and unsubscribe token, from its sealed copy; `fields` is empty then, or holds a new one to save. */
function currentAccessToken(payload: Payload, subscriber: Pick<SubscriberRecord, 'id' | 'accessTokenSealed' | 'accessTokenHash'>): AccessToken {
  if (subscriber.accessTokenSealed) {
    try {
      const token = payload.decrypt(subscriber.accessTokenSealed)
      if (tokenMatches(token, subscriber.accessTokenHash)) return { token, fields: {} }
    } catch {
      // Sealed with another secret: make a new one below.
    }
  }
  return accessTokenFields(payload, subscriber.id)
}

/** A mail decided inside the lock, sent after the commit; `undo` takes back its record if it cannot be sent. */
type Outgoing = { to: string; accessToken: string; mail: RenderedMail; unsubscribeUrl: string; undo: (sql: Sql) => Promise<void> }

/**
 * An active address is left as it is, and its owner gets a note with a link to their
 * preferences, so nobody can change someone else's subscription; a press officer's
 * hand-added subscriber has no token yet, so one is made and kept.
 */
async function alreadySubscribedNote({ req, sql, subscriber }: Locked & { subscriber: SubscriberRecord }, now: Date): Promise<Outgoing | null> {
  if (await noteSentSince(sql, subscriber.id, new Date(now.getTime() - REPEAT_WITHIN_MS))) return null
  const access = currentAccessToken(req.payload, subscriber)
  if (Object.keys(access.fields).length)
    await req.payload.update({ collection: 'subscribers', id: subscriber.id, data: access.fields as never, overrideAccess: true, req })
  await recordNote(sql, subscriber.id, now)
  const links = subscriptionLinks(siteUrl(), access.token)
  return {
    to: subscriber.email,
    accessToken: access.token,
    mail: renderAlreadySubscribedMail({ locale: subscriber.locale === 'en' ? 'en' : 'vi', manageUrl: links.manageUrl, unsubscribeUrl: links.unsubscribeUrl }),
    unsubscribeUrl: links.unsubscribeUrl,
    undo: (pool) => forgetNote(pool, subscriber.id, now),
  }
}

/**
 * A new or lapsed address becomes `pending` with the profile just sent and gets a new
 * confirmation link; every earlier link of a pending address keeps working (the links of
 * its first mail included: its access token is kept). A lapsed address starts over, so
 * its links from before are forgotten.
 */
async function confirmationMail(
  { req, sql, subscriber }: Locked & { subscriber: SubscriberRecord },
  request: SubscribeRequest,
  profile: Record<string, unknown>,
  now: Date,
): Promise<Outgoing | null> {
  const stillPending = subscriber.status === 'pending'
  if (stillPending && (await linkSentSince(sql, subscriber.id, new Date(now.getTime() - REPEAT_WITHIN_MS)))) return null
  const access = stillPending ? currentAccessToken(req.payload, subscriber) : accessTokenFields(req.payload, subscriber.id)
  const restart = stillPending ? {} : { confirmTokenHash: null, confirmTokenExpiresAt: null }
  await req.payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { ...profile, ...access.fields, ...restart } as never,
    overrideAccess: true,
    req,
  })
  if (!stillPending) await forgetConfirmationLinks(sql, subscriber.id)

  const confirm = mintToken(subscriber.id)
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS)
  await recordConfirmationLink(sql, { subscriberId: subscriber.id, tokenHash: confirm.hash, expiresAt, now })
  const site = siteUrl()
  const links = subscriptionLinks(site, access.token)
  return {
    to: request.email,
    accessToken: access.token,
    mail: renderConfirmationMail({ locale: request.locale, name: request.name, confirmUrl: confirmUrlOf(site, confirm.token), expiresAt }),
    unsubscribeUrl: links.unsubscribeUrl,
    undo: (pool) => forgetConfirmationLink(pool, confirm.hash),
  }
}

/** The subscriber of this address, made `pending` with this profile when there is none. */
async function subscriberIdFor(payload: Payload, email: string, profile: Record<string, unknown>): Promise<number> {
  const found = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return Number(found.docs[0].id)
  try {
    return Number((await payload.create({ collection: 'subscribers', data: profile as never, overrideAccess: true })).id)
  } catch {
    // Two requests for one new address at once: the other one created it.
    const again = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
    if (!again.docs[0]) throw new Error('could not create or find the subscriber')
    return Number(again.docs[0].id)
  }
}

/**
 * Double opt-in. A new or lapsed address gets a confirmation link (valid seven days), an
 * active one a note (see above). A repeated subscribe within a minute sends nothing and
 * changes nothing: the mail of the first is on its way. Decided under the subscriber's
 * row lock, so concurrent requests send one mail; the mail goes after the commit. The
 * caller answers the same whatever happened here.
 */
export async function subscribe(
  payload: Payload,
  request: SubscribeRequest,
  interests: { topics: number[]; campaigns: number[] },
  now = new Date(),
): Promise<void> {
  const profile = {
    email: request.email,
    name: request.name,
    outlet: request.outlet,
    locale: request.locale,
    frequency: request.frequency,
    topics: interests.topics,
    campaigns: interests.campaigns,
    contentTypes: request.contentTypes,
    status: 'pending',
    consentText: CONSENT_TEXT[request.locale],
    consentVersion: CONSENT_VERSION,
    consentedAt: now.toISOString(),
  }
  const id = await subscriberIdFor(payload, request.email, profile)
  const outgoing = await withSubscriberLocked(payload, id, async (locked) => {
    const { subscriber } = locked
    if (!subscriber) throw new Error('the subscriber went away while subscribing')
    return subscriber.status === 'active'
      ? alreadySubscribedNote({ ...locked, subscriber }, now)
      : confirmationMail({ ...locked, subscriber }, request, profile, now)
  })
  if (!outgoing) return
  try {
    await sendSubscriptionMail(outgoing)
  } catch (error) {
    await outgoing.undo(sqlForClient(poolOf(payload))).catch(() => undefined)
    throw error
  }
}
