import type { Payload } from 'payload'

import { siteUrl } from '../config/siteUrl'
import { CONFIRMATION_TTL_MS, CONSENT_TEXT, CONSENT_VERSION } from './constants'
import { confirmUrlOf, subscriptionLinks } from './links'
import type { SubscribeRequest } from './parseSubscribeRequest'
import { sendSubscriptionMail } from './sendSubscriptionMail'
import { mintToken, tokenMatches } from './tokens'
import { renderAlreadySubscribedMail } from '../email/templates/renderAlreadySubscribedMail'
import { renderConfirmationMail } from '../email/templates/renderConfirmationMail'

type Subscriber = { id: number; status: string; email: string; name?: string | null }

/** Topic and campaign slugs to ids; an unknown slug is named so the caller can answer 400. */
export async function resolveInterests(payload: Payload, request: Pick<SubscribeRequest, 'topics' | 'campaigns'>): Promise<{ topics: number[]; campaigns: number[] } | { field: string; message: string }> {
  const topics = request.topics.length
    ? (await payload.find({ collection: 'topics', where: { slug: { in: request.topics } }, limit: 100, depth: 0, overrideAccess: false, pagination: false })).docs
    : []
  const missingTopic = request.topics.find((slug) => !topics.some((topic) => (topic as { slug?: string }).slug === slug))
  if (missingTopic) return { field: 'topics', message: `Unknown topic "${missingTopic}".` }
  // Only campaigns the public can see: a draft campaign's slug is no one's business.
  const campaigns = request.campaigns.length
    ? (await payload.find({ collection: 'campaigns', where: { slug: { in: request.campaigns } }, limit: 100, depth: 0, overrideAccess: false, pagination: false })).docs
    : []
  const missingCampaign = request.campaigns.find((slug) => !campaigns.some((campaign) => (campaign as { slug?: string }).slug === slug))
  if (missingCampaign) return { field: 'campaigns', message: `Unknown campaign "${missingCampaign}".` }
  return { topics: topics.map((topic) => Number(topic.id)), campaigns: campaigns.map((campaign) => Number(campaign.id)) }
}

/** A fresh access token (manage and unsubscribe links): its hash to check, a sealed copy to put in mails. */
export function accessTokenFields(payload: Payload, subscriberId: number) {
  const access = mintToken(subscriberId)
  return { token: access.token, fields: { accessTokenHash: access.hash, accessTokenSealed: payload.encrypt(access.token) } }
}

/**
 * The subscriber's manage and unsubscribe token, from its sealed copy; a subscriber a
 * press officer added by hand has none yet, so one is made and kept.
 */
async function usableAccessToken(payload: Payload, subscriber: { id: number; accessTokenSealed?: string | null; accessTokenHash?: string | null }): Promise<string> {
  if (subscriber.accessTokenSealed) {
    try {
      const token = payload.decrypt(subscriber.accessTokenSealed)
      if (tokenMatches(token, subscriber.accessTokenHash)) return token
    } catch {
      // Sealed with another secret: make a new one below.
    }
  }
  const access = accessTokenFields(payload, subscriber.id)
  await payload.update({ collection: 'subscribers', id: subscriber.id, data: access.fields as never, overrideAccess: true })
  return access.token
}

/**
 * Double opt-in. A new or lapsed address becomes `pending` and gets a confirmation link
 * (valid seven days); an active one is left as it is, and its owner gets a note with a
 * link to their preferences, so nobody can change someone else's subscription. The
 * caller answers the same whatever happened here.
 */
export async function subscribe(payload: Payload, request: SubscribeRequest, interests: { topics: number[]; campaigns: number[] }, now = new Date()): Promise<void> {
  const site = siteUrl()
  const found = await payload.find({ collection: 'subscribers', where: { email: { equals: request.email } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  let subscriber = found.docs[0] as unknown as (Subscriber & { accessTokenSealed?: string; accessTokenHash?: string }) | undefined

  if (subscriber?.status === 'active') {
    const accessToken = await usableAccessToken(payload, subscriber)
    const links = subscriptionLinks(site, accessToken)
    const locale = (subscriber as { locale?: string }).locale === 'en' ? 'en' : 'vi'
    await sendSubscriptionMail({
      to: subscriber.email,
      accessToken,
      mail: renderAlreadySubscribedMail({ locale, manageUrl: links.manageUrl, unsubscribeUrl: links.unsubscribeUrl }),
      unsubscribeUrl: links.unsubscribeUrl,
    })
    return
  }

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
  if (!subscriber) {
    try {
      subscriber = (await payload.create({ collection: 'subscribers', data: profile as never, overrideAccess: true })) as unknown as Subscriber
    } catch {
      // Two requests for one new address at once: the other one created it.
      const again = await payload.find({ collection: 'subscribers', where: { email: { equals: request.email } }, limit: 1, depth: 0, overrideAccess: true })
      subscriber = again.docs[0] as unknown as Subscriber | undefined
      if (!subscriber) throw new Error('could not create or find the subscriber')
    }
  }
  const confirm = mintToken(subscriber.id)
  const access = accessTokenFields(payload, subscriber.id)
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS)
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { ...profile, ...access.fields, confirmTokenHash: confirm.hash, confirmTokenExpiresAt: expiresAt.toISOString() } as never,
    overrideAccess: true,
  })
  const links = subscriptionLinks(site, access.token)
  await sendSubscriptionMail({
    to: request.email,
    accessToken: access.token,
    mail: renderConfirmationMail({ locale: request.locale, name: request.name, confirmUrl: confirmUrlOf(site, confirm.token), expiresAt }),
    unsubscribeUrl: links.unsubscribeUrl,
  })
}
