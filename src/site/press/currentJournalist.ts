import { headers } from 'next/headers'
import { cache } from 'react'

import { deliveryPayload } from '@/deliveryPayload'
import { readPressSession } from '@/press/session/readPressSession'

/** The journalist signed in with this request's cookie, read once per request. */
export const currentJournalist = cache(async () => readPressSession(await deliveryPayload(), (await headers()).get('cookie')))
