import { deliveryPayload } from '@/deliveryPayload'
import { handleUnsubscribeGet, handleUnsubscribePost } from '@/subscriptions/http/handleUnsubscribe'
import { pageLocaleOf } from '@/subscriptions/http/pageCopy'
import { withPageErrors } from '@/subscriptions/http/renderPage'

export const dynamic = 'force-dynamic'

/** GET /subscriptions/unsubscribe?token=: a page with one button; nothing changes on GET (src/subscriptions/http/handleUnsubscribe.ts). */
export async function GET(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withPageErrors(
    pageLocaleOf(request),
    () => handleUnsubscribeGet(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'GET /subscriptions/unsubscribe failed' }),
  )
}

/** POST /subscriptions/unsubscribe?token=: unsubscribes; the RFC 8058 one-click target of List-Unsubscribe. */
export async function POST(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withPageErrors(
    pageLocaleOf(request),
    () => handleUnsubscribePost(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'POST /subscriptions/unsubscribe failed' }),
  )
}
