import type { Payload } from 'payload'

import { clientIpOf } from '@/platform/http/clientAddress'
import { readForm } from '@/platform/http/readForm'
import { PRESS_FORM_BODY_LIMIT_BYTES, PRESS_LIMITS } from '../limits'
import { issueSignInLink } from '../signIn/issueSignInLink'
import { parseSignInForm } from '../signIn/parseSignInForm'
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
 * `POST /press/sign-in/request` (and under /en): asks for a sign-in link. Back to the
 * sign-in page with `?sent=1` whatever the address (a link goes out only to an accredited
 * journalist), or with `?error=<problem>&field=email`; 403 from another site, 413 for an
 * oversized body, 429 past the hourly limits (20 a network, 5 an address).
 */
export function handleSignInRequest(payload: Payload, request: Request, { lang, now = new Date() }: Options): Promise<Response> {
  const formPath = pressPath(lang, '/sign-in')
  return withPressPageErrors(payload, lang, async () => {
    const crossSite = refuseCrossSite(request, lang)
    if (crossSite) return crossSite
    const perIp = await refuseOverLimit(payload, {
      bucket: `press-sign-in-ip:${clientIpOf(request)}`,
      limit: PRESS_LIMITS.signInPerIp,
      lang,
      now,
      back: formPath,
    })
    if (perIp) return perIp
    const form = await readForm(request, PRESS_FORM_BODY_LIMIT_BYTES)
    if (!form) return pressMessagePage(413, lang, PRESS_PAGE_COPY[lang].tooLarge, { href: formPath, label: PRESS_PAGE_COPY[lang].back })
    const parsed = parseSignInForm(form)
    if (!parsed.ok) return seeOther(`${formPath}?error=${parsed.problem}&field=${parsed.field}#form-error`)
    const perAddress = await refuseOverLimit(payload, {
      bucket: addressBucket('press-sign-in', parsed.email),
      limit: PRESS_LIMITS.signInPerAddress,
      lang,
      now,
      back: formPath,
    })
    if (perAddress) return perAddress
    await issueSignInLink(payload, parsed.email, now)
    return seeOther(`${formPath}?sent=1`)
  })
}
