import type { Payload } from 'payload'
import { createElement } from 'react'

import { NoticeMessage } from '@/platform/pages/NoticeParts'
import { UnsubscribeConfirm } from './UnsubscribeConfirm'
import { subscriberByAccessToken, unsubscribe } from '../useToken'
import { asPageLocale, PAGE_COPY, pageLocaleOf } from './pageCopy'
import { htmlResponse, invalidLinkPage } from './renderPage'

const tokenOf = (request: Request): string | null => new URL(request.url).searchParams.get('token')

/**
 * `GET /subscriptions/unsubscribe?token=`: a page with one button that posts back here.
 * Nothing changes on GET, so a mail scanner that follows links unsubscribes no one.
 */
export async function handleUnsubscribeGet(payload: Payload, request: Request): Promise<Response> {
  const token = tokenOf(request)
  const subscriber = await subscriberByAccessToken(payload, token)
  if (!subscriber || !token) return invalidLinkPage(pageLocaleOf(request))
  const locale = asPageLocale(subscriber.locale)
  const copy = PAGE_COPY[locale].unsubscribe
  const body =
    subscriber.status === 'unsubscribed'
      ? createElement(NoticeMessage, { text: copy.already })
      : createElement(UnsubscribeConfirm, { copy, email: subscriber.email, token })
  return htmlResponse(200, { locale, title: copy.title, body })
}

/**
 * `POST /subscriptions/unsubscribe?token=`: unsubscribes at once. This is also the RFC 8058
 * one-click target of every mail's List-Unsubscribe header: mail clients post
 * `List-Unsubscribe=One-Click`, but any body (or none) is accepted and never read.
 */
export async function handleUnsubscribePost(payload: Payload, request: Request): Promise<Response> {
  const subscriber = await subscriberByAccessToken(payload, tokenOf(request))
  if (!subscriber) return invalidLinkPage(pageLocaleOf(request))
  await unsubscribe(payload, subscriber)
  const locale = asPageLocale(subscriber.locale)
  const copy = PAGE_COPY[locale].unsubscribed
  return htmlResponse(200, {
    locale,
    title: copy.title,
    body: createElement(NoticeMessage, { text: copy.body, status: true, note: copy.changedMind }),
  })
}
