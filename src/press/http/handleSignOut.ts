import type { Payload } from 'payload'

import { endPressSession } from '../session/endPressSession'
import { clearedSessionCookie } from '../session/pressCookie'
import { pressPath } from './pressPaths'
import { refuseCrossSite } from './refuseCrossSite'
import { seeOther } from './seeOther'
import { withPressPageErrors } from './withPressPageErrors'
import { type Lang } from '@/i18n/lang'

/**
 * `POST /press/sign-out` (and under /en): deletes the session's row, clears the cookie and
 * goes back to the press room with `?signed-out=1`. A post from another site answers 403,
 * so no page elsewhere can sign a journalist out.
 */
export function handleSignOut(payload: Payload, request: Request, { lang }: { lang: Lang }): Promise<Response> {
  return withPressPageErrors(payload, lang, async () => {
    const crossSite = refuseCrossSite(request, lang)
    if (crossSite) return crossSite
    await endPressSession(payload, request.headers.get('cookie'))
    return seeOther(`${pressPath(lang)}?signed-out=1`, clearedSessionCookie())
  })
}
