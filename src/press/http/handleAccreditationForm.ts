import type { Payload } from 'payload'

import { clientIpOf } from '@/platform/http/clientAddress'
import { readForm } from '@/platform/http/readForm'
import { parseAccreditationForm } from '../accreditation/parseAccreditationForm'
import { requestAccreditation } from '../accreditation/requestAccreditation'
import { PRESS_FORM_BODY_LIMIT_BYTES, PRESS_LIMITS } from '../limits'
import { PRESS_PAGE_COPY } from './pressPageCopy'
import { pressPath } from './pressPaths'
import { addressBucket, refuseOverLimit } from './refuseOverLimit'
import { refuseCrossSite } from './refuseCrossSite'
import { pressMessagePage } from './renderPressPage'
import { seeOther } from './seeOther'
import { withPressPageErrors } from './withPressPageErrors'
import { type Lang } from '@/i18n/lang'

type Options = { lang: Lang; now?: Date }

/**
 * `POST /press/accreditation/submit` (and under /en): the accreditation form, which works
 * without JavaScript. Back to the form with `?sent=1`, the same for a new address and one
 * already on file, or with `?error=<problem>&field=<field>` for the form to explain; 403
 * from another site, 413 for an oversized body, 429 past the hourly limits (10 a network,
 * 3 an address).
 */
export function handleAccreditationForm(payload: Payload, request: Request, { lang, now = new Date() }: Options): Promise<Response> {
  const formPath = pressPath(lang, '/accreditation')
  return withPressPageErrors(payload, lang, async () => {
    const crossSite = refuseCrossSite(request, lang)
    if (crossSite) return crossSite
    // Counted before the body is read, so oversized and malformed posts are limited too.
    const perIp = await refuseOverLimit(payload, {
      bucket: `accreditation-ip:${clientIpOf(request)}`,
      limit: PRESS_LIMITS.accreditationPerIp,
      lang,
      now,
      back: formPath,
    })
    if (perIp) return perIp
    const form = await readForm(request, PRESS_FORM_BODY_LIMIT_BYTES)
    if (!form) return pressMessagePage(413, lang, PRESS_PAGE_COPY[lang].tooLarge, { href: formPath, label: PRESS_PAGE_COPY[lang].back })
    const parsed = parseAccreditationForm(form, lang)
    if (!parsed.ok) return seeOther(`${formPath}?error=${parsed.problem}&field=${parsed.field}#form-error`)
    const perAddress = await refuseOverLimit(payload, {
      bucket: addressBucket('accreditation', parsed.value.email),
      limit: PRESS_LIMITS.accreditationPerAddress,
      lang,
      now,
      back: formPath,
    })
    if (perAddress) return perAddress
    await requestAccreditation(payload, parsed.value)
    return seeOther(`${formPath}?sent=1`)
  })
}
