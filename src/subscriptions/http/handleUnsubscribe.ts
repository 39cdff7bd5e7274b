import type { Payload } from 'payload'

import { escapeHtml } from '@/platform/html/escapeHtml'
import { subscriberByAccessToken, unsubscribe } from '../useToken'
import { asPageLocale, PAGE_COPY, pageLocaleOf } from './pageCopy'
import { htmlResponse, invalidLinkPage, pagePath } from './renderPage'

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
  const manage = `<p><a href="${escapeHtml(pagePath('manage', token))}">${escapeHtml(copy.manage)}</a></p>`
  const bodyHtml =
    subscriber.status === 'unsubscribed'
      ? `<p>${escapeHtml(copy.already)}</p>`
      : `<p>${escapeHtml(copy.body)} <strong>${escapeHtml(subscriber.email)}</strong></p>
<form method="post" action="${escapeHtml(pagePath('unsubscribe', token))}"><p><button type="submit" class="danger">${escapeHtml(copy.button)}</button></p></form>
${manage}`
  return htmlResponse(200, { locale, title: copy.title, bodyHtml })
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
    bodyHtml: `<p role="status">${escapeHtml(copy.body)}</p>\n<p class="muted">${escapeHtml(copy.changedMind)}</p>`,
  })
}
