import React from 'react'

import type { Topic } from '../../../payload-types'
import { deliveryPayload } from '@/deliveryPayload'
import { CONSENT_TEXT } from '@/subscriptions/constants'
import { SubscribeForm } from '../components/SubscribeForm'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { type Lang } from '@/i18n/lang'
import { subscribeMessages } from '@/i18n/messages/subscribe'

/** Subscribe to the programme's mail (double opt-in, through the email issue's flow). */
export async function SubscribePage({ lang }: { lang: Lang }) {
  const payload = await deliveryPayload()
  const { docs } = await payload.find({ collection: 'topics', locale: lang, depth: 0, limit: 100, sort: 'name', overrideAccess: false })
  const copy = subscribeMessages[lang]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', '/subscribe')}>
      <h1>{copy.title}</h1>
      <p className="lead">{copy.intro}</p>
      <SubscribeForm lang={lang} topics={(docs as Topic[]).map((topic) => ({ value: String(topic.slug), label: topic.name }))} consent={CONSENT_TEXT[lang]} />
      <p>{copy.manage}</p>
      <p>
        {copy.feeds} <a href={`/feeds/${lang}/atom.xml`}>Atom</a>, <a href={`/feeds/${lang}/rss.xml`}>RSS</a>,{' '}
        <a href={`/feeds/${lang}/feed.json`}>JSON Feed</a>.
      </p>
    </SiteShell>
  )
}
