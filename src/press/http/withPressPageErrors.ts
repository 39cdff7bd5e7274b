import type { Payload } from 'payload'

import type { SiteLanguage } from '@/i18n/siteCopy'
import { PRESS_PAGE_COPY } from './pressPageCopy'
import { pressMessagePage } from './renderPressPage'

/** A fault on our side becomes a plain 500 page; the detail goes to the server log only. */
export async function withPressPageErrors(payload: Payload, lang: SiteLanguage, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    payload.logger.error({ err: error }, 'Press room request failed')
    return pressMessagePage(500, lang, PRESS_PAGE_COPY[lang].serverError)
  }
}
