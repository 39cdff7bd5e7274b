import type { Payload } from 'payload'
import { createElement } from 'react'

import { siteUrl } from '@/config/siteUrl'
import { NoticeMessage } from '@/platform/pages/NoticeParts'
import { accessTokenFields } from '../subscribe'
import { subscriberIdOf, tokenMatches } from '../tokens'
import { confirmSubscription, type SubscriberRecord } from '../useToken'
import { asPageLocale, PAGE_COPY, pageLocaleOf } from './pageCopy'
import { htmlResponse, invalidLinkPage, messagePage, pagePath } from './renderPage'

/**
 * The subscriber's current access token (for the manage link): the sealed copy when it
 * still opens to the stored hash, otherwise a fresh one, saved, which replaces the links
 * of older mails.
 */
async function accessTokenOf(payload: Payload, subscriber: SubscriberRecord): Promise<string> {
  if (subscriber.accessTokenSealed) {
    try {
      const token = payload.decrypt(subscriber.accessTokenSealed)
      if (tokenMatches(token, subscriber.accessTokenHash)) return token
    } catch {
      // Sealed with another secret or damaged: mint a new one below.
    }
  }
  const fresh = accessTokenFields(payload, subscriber.id)
  // No user is signed in here: the confirmation token just checked is the subscriber's proof.
  await payload.update({ collection: 'subscribers', id: subscriber.id, data: fresh.fields as never, overrideAccess: true })
  return fresh.token
}

/** The language of the subscriber a link names, once the link has been checked. */
async function localeOfSubscriber(payload: Payload, token: string | null): Promise<'vi' | 'en' | undefined> {
  const id = subscriberIdOf(token)
  if (id === null) return undefined
  const found = await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true, disableErrors: true })
  return (found as { locale?: 'vi' | 'en' } | null)?.locale
}

/**
 * `GET /subscriptions/confirm?token=`: the double opt-in link. Confirmed answers 200 with
 * a link to the preferences; a wrong, forged or already used link 400; a link older than
 * seven days 410, with the way to subscribe again.
 */
export async function handleConfirm(payload: Payload, request: Request, now = new Date()): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token')
  const outcome = await confirmSubscription(payload, token, now)
  if (outcome.status === 'invalid') return invalidLinkPage(pageLocaleOf(request))
  if (outcome.status === 'expired') {
    // The link matched (only then is it "expired"), so its owner's language may be used.
    const locale = (await localeOfSubscriber(payload, token)) ?? pageLocaleOf(request)
    const copy = PAGE_COPY[locale].expired
    return messagePage(410, locale, copy, [{ href: `${siteUrl()}/`, label: copy.subscribeAgain }])
  }

  const locale = asPageLocale(outcome.subscriber.locale)
  const copy = PAGE_COPY[locale].confirmed
  const accessToken = await accessTokenOf(payload, outcome.subscriber)
  return htmlResponse(200, {
    locale,
    title: copy.title,
    body: createElement(NoticeMessage, { text: copy.body, links: [{ href: pagePath('manage', accessToken), label: copy.manage }] }),
  })
}
