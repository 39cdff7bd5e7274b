import { submitComment } from '@/consultation/comments/submitComment'
import { COMMENT_BODY_LIMIT_BYTES } from '@/consultation/comments/commentLimits'
import { loadCodeView } from '@/consultation/loadCodeView'
import { clauseAnchor } from '@/consultation/snapshot/clauseLabel'
import { codePath } from '@/consultation/site/codePaths'
import { AppError } from '@/platform/errors/appError'
import { deliveryPayload } from '@/deliveryPayload'
import { clientIpOf } from '@/platform/http/clientAddress'
import { headerSafe } from '@/platform/http/headerSafe'
import { readForm } from '@/platform/http/readForm'
import { errorPageResponse } from '@/i18n/errorPage'
import { sitePageMessages } from '@/i18n/messages/sitePages'
import { messagesIn } from '@/i18n/defineMessages'
import { commentRequestMessages } from '@/i18n/messages/commentRequests'
import { type Lang } from '@/i18n/lang'

// Parts of the address come from the form: encoded, a clause ending in U+3000 cannot break the header.
const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: headerSafe(location), 'Cache-Control': 'no-store' } })

/**
 * The comment form without JavaScript: the same checks as the API, then back to the code
 * with a thank-you, or with the reason the comment was not taken.
 */
export async function handleCommentForm(request: Request, lang: Lang, slug: string): Promise<Response> {
  const payload = await deliveryPayload()
  const view = await loadCodeView(payload, slug)
  if (!view) return errorPageResponse(new AppError('not_found', sitePageMessages[lang].missingBody), lang)
  const form = await readForm(request, COMMENT_BODY_LIMIT_BYTES)
  if (!form)
    return redirect(
      `${codePath(lang, slug)}?comment-error=${encodeURIComponent(messagesIn(commentRequestMessages, lang).tooLarge(COMMENT_BODY_LIMIT_BYTES / 1024))}#comment-form`,
    )
  const body = Object.fromEntries(form.entries())
  try {
    const accepted = await submitComment({ payload, view, body, ip: clientIpOf(request), now: new Date(), lang })
    const clause = typeof body.clause === 'string' && body.clause ? `#${clauseAnchor(body.clause)}` : ''
    return redirect(`${codePath(lang, slug)}?comment=received${accepted.clause ? clause : ''}`)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    const message = error.messageIn(lang)
    return redirect(`${codePath(lang, slug)}?comment-error=${encodeURIComponent(message)}#comment-form`)
  }
}
