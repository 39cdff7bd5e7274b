import { deliveryPayload } from '@/deliveryPayload'
import { handleConfirm } from '@/subscriptions/http/handleConfirm'
import { pageLocaleOf } from '@/subscriptions/http/pageCopy'
import { withPageErrors } from '@/subscriptions/http/renderPage'

export const dynamic = 'force-dynamic'

/** GET /subscriptions/confirm?token=: the double opt-in link (src/subscriptions/http/handleConfirm.ts). */
export async function GET(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withPageErrors(
    pageLocaleOf(request),
    () => handleConfirm(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'GET /subscriptions/confirm failed' }),
  )
}
