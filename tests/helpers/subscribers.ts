import type { Payload } from 'payload'

import { accessTokenFields } from '@/subscriptions/subscribe'

let counter = 0

export type SubscriberOptions = {
  frequency?: 'immediate' | 'daily' | 'weekly'
  locale?: 'vi' | 'en'
  status?: 'pending' | 'active' | 'unsubscribed' | 'bounced'
  topics?: number[]
  campaigns?: number[]
  contentTypes?: string[]
  email?: string
  lastDigestAt?: string
}

/** An active (by default) subscriber made directly, as if they had confirmed, with a working unsubscribe link. */
export async function makeSubscriber(payload: Payload, options: SubscriberOptions = {}) {
  counter += 1
  const email = options.email ?? `reader-${counter}-${Date.now()}@bao.test`
  const created = await payload.create({
    collection: 'subscribers',
    data: {
      email,
      name: `Phóng viên ${counter}`,
      locale: options.locale ?? 'vi',
      frequency: options.frequency ?? 'immediate',
      status: options.status ?? 'active',
      topics: options.topics ?? [],
      campaigns: options.campaigns ?? [],
      contentTypes: options.contentTypes ?? [],
      confirmedAt: new Date(Date.now() - 60_000).toISOString(),
      lastDigestAt: options.lastDigestAt ?? new Date(Date.now() - 60_000).toISOString(),
    } as never,
    overrideAccess: true,
  })
  const access = accessTokenFields(payload, Number(created.id))
  await payload.update({ collection: 'subscribers', id: created.id, data: access.fields as never, overrideAccess: true })
  return { id: Number(created.id), email, accessToken: access.token }
}
