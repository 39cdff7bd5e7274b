import type { Payload } from 'payload'
import { createElement } from 'react'

import { readForm } from '@/platform/http/readForm'
import { PRESS_FORM_BODY_LIMIT_BYTES } from '../limits'
import { sessionCookie } from '../session/pressCookie'
import { signInTokenState, type UnusableToken } from '../session/signInTokenState'
import { startPressSession } from '../session/startPressSession'
import { PRESS_PAGE_COPY } from './pressPageCopy'
import { pressPath } from './pressPaths'
import { refuseCrossSite } from './refuseCrossSite'
import { pressMessagePage, pressPageResponse } from './renderPressPage'
import { seeOther } from './seeOther'
import { SignInStep } from './SignInStep'
import { withPressPageErrors } from './withPressPageErrors'
import { type Lang } from '@/i18n/lang'

type Options = { lang: Lang; now?: Date }

const STATUS: Record<UnusableToken | 'not_accredited', number> = { unknown: 400, used: 410, expired: 410, not_accredited: 403 }

/** Why a link does not sign anyone in, with the way to a new one. */
function unusableLinkPage(lang: Lang, reason: UnusableToken | 'not_accredited'): Response {
  const copy = PRESS_PAGE_COPY[lang]
  if (reason === 'not_accredited') return pressMessagePage(STATUS[reason], lang, copy.notAccredited)
  return pressMessagePage(STATUS[reason], lang, copy[reason], { href: pressPath(lang, '/sign-in'), label: copy.askAgain })
}

/**
 * `GET /press/sign-in/verify?token=` (the link in the mail): a page with one button that
 * posts the token. Nothing changes on GET, so mail scanners and browsers that fetch links
 * ahead of the reader spend no link.
 */
export function handleVerifyGet(payload: Payload, request: Request, { lang, now = new Date() }: Options): Promise<Response> {
  return withPressPageErrors(payload, lang, async () => {
    const token = new URL(request.url).searchParams.get('token')
    const state = await signInTokenState(payload, token, now)
    if (!state.usable) return unusableLinkPage(lang, state.reason)
    const copy = PRESS_PAGE_COPY[lang].verify
    const body = createElement(SignInStep, { copy, email: state.email, action: pressPath(lang, '/sign-in/verify'), token: token! })
    return pressPageResponse(200, { lang, title: copy.title, body })
  })
}

/**
 * `POST /press/sign-in/verify` (form field `token`): spends the link, opens a session and
 * sets its cookie, then 303 to the press room. A used or expired link answers 410, an
 * unknown one 400, a journalist no longer accredited 403, each with what to do next.
 */
export function handleVerifyPost(payload: Payload, request: Request, { lang, now = new Date() }: Options): Promise<Response> {
  return withPressPageErrors(payload, lang, async () => {
    const crossSite = refuseCrossSite(request, lang)
    if (crossSite) return crossSite
    const form = await readForm(request, PRESS_FORM_BODY_LIMIT_BYTES)
    const result = await startPressSession(payload, form?.get('token'), now)
    if (!result.ok) return unusableLinkPage(lang, result.reason)
    return seeOther(pressPath(lang), sessionCookie(result.sessionToken))
  })
}
