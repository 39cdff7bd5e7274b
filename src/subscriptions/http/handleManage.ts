import type { Payload } from 'payload'
import { createElement } from 'react'

import { NoticeMessage } from '@/platform/pages/NoticeParts'
import { resolveInterests } from '../subscribe'
import { subscriberByAccessToken, type SubscriberRecord } from '../useToken'
import { parseManageForm, submittedOf, type SubmittedPreferences } from './parseManageForm'
import { asPageLocale, PAGE_COPY, pageLocaleOf, type PreferenceField } from './pageCopy'
import { readForm } from '@/platform/http/readForm'
import { ManageForm, type TopicChoice } from './ManageForm'
import { htmlResponse, invalidLinkPage, messagePage, pagePath } from './renderPage'
import { type Lang } from '@/i18n/lang'

/** Room for every topic ticked, with margin; anything bigger is not our form. */
const FORM_LIMIT_BYTES = 32 * 1024

const tokenOf = (request: Request): string | null => new URL(request.url).searchParams.get('token')

/** Every topic, named in the page's language, by name. */
async function topicChoices(payload: Payload, locale: Lang): Promise<Array<TopicChoice & { id: number }>> {
  const { docs } = await payload.find({ collection: 'topics', locale, fallbackLocale: 'vi', depth: 0, pagination: false, overrideAccess: false, sort: 'name' })
  return docs.map((topic) => {
    const doc = topic as unknown as { id: number; slug: string; name?: string | null }
    return { id: Number(doc.id), slug: doc.slug, name: doc.name || doc.slug }
  })
}

const storedValues = (subscriber: SubscriberRecord, topics: Array<TopicChoice & { id: number }>): SubmittedPreferences => {
  const followed = new Set((subscriber.topics ?? []).map((topic) => Number(typeof topic === 'object' && topic ? (topic as { id: number }).id : topic)))
  return {
    name: subscriber.name ?? '',
    outlet: subscriber.outlet ?? '',
    locale: subscriber.locale,
    frequency: subscriber.frequency,
    topics: topics.filter((topic) => followed.has(topic.id)).map((topic) => topic.slug),
    contentTypes: subscriber.contentTypes ?? [],
  }
}

async function formPage(
  payload: Payload,
  options: { status: number; subscriber: SubscriberRecord; token: string; values?: SubmittedPreferences; error?: PreferenceField },
): Promise<Response> {
  const locale = asPageLocale(options.subscriber.locale)
  const topics = await topicChoices(payload, locale)
  return htmlResponse(options.status, {
    locale,
    title: PAGE_COPY[locale].manage.title,
    body: createElement(ManageForm, {
      locale,
      token: options.token,
      email: options.subscriber.email,
      status: options.subscriber.status,
      topics,
      values: options.values ?? storedValues(options.subscriber, topics),
      error: options.error,
    }),
  })
}

/** `GET /subscriptions/manage?token=`: the subscriber's preferences as a form; a wrong link answers 400. */
export async function handleManageGet(payload: Payload, request: Request): Promise<Response> {
  const token = tokenOf(request)
  const subscriber = await subscriberByAccessToken(payload, token)
  if (!subscriber || !token) return invalidLinkPage(pageLocaleOf(request))
  return formPage(payload, { status: 200, subscriber, token })
}

/**
 * `POST /subscriptions/manage?token=`: saves the form. A bad value answers 400 with the
 * form again, the field named and marked; the address and the status are not changed here.
 */
export async function handleManagePost(payload: Payload, request: Request): Promise<Response> {
  const token = tokenOf(request)
  const subscriber = await subscriberByAccessToken(payload, token)
  if (!subscriber || !token) return invalidLinkPage(pageLocaleOf(request))
  const locale = asPageLocale(subscriber.locale)

  const form = await readForm(request, FORM_LIMIT_BYTES)
  if (!form) return messagePage(413, locale, PAGE_COPY[locale].tooLarge)
  const parsed = parseManageForm(form)
  if (!parsed.ok) return formPage(payload, { status: 400, subscriber, token, values: submittedOf(form), error: parsed.field })
  const interests = await resolveInterests(payload, { topics: parsed.value.topics, campaigns: [] })
  if ('field' in interests) return formPage(payload, { status: 400, subscriber, token, values: submittedOf(form), error: 'topics' })

  const { name, outlet, locale: newLocale, frequency, contentTypes } = parsed.value
  // A subscriber is not a user: the access token checked above is their proof, and the
  // collection's access rules (press office only) have no user to apply to.
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { name, outlet, locale: newLocale, frequency, topics: interests.topics, contentTypes } as never,
    overrideAccess: true,
  })
  const copy = PAGE_COPY[newLocale].saved
  return htmlResponse(200, {
    locale: newLocale,
    title: copy.title,
    body: createElement(NoticeMessage, { text: copy.body, status: true, links: [{ href: pagePath('manage', token), label: copy.back }] }),
  })
}
