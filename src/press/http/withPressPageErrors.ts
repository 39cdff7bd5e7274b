import type { Payload } from 'payload'

import { PRESS_PAGE_COPY } from './pressPageCopy'
import { pressMessagePage } from './renderPressPage'
import { type Lang } from '@/i18n/lang'

/** A fault on our side becomes a plain 500 page; the detail goes to the server log only. */
export async function withPressPageErrors(payload: Payload, lang: Lang, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    payload.logger.error({ err: error }, 'Press room request failed')
    return pressMessagePage(500, lang, PRESS_PAGE_COPY[lang].serverError)
  }
}
