import { deliveryPayload } from '@/deliveryPayload'
import { handleManageGet, handleManagePost } from '@/subscriptions/http/handleManage'
import { pageLocaleOf } from '@/subscriptions/http/pageCopy'
import { withPageErrors } from '@/subscriptions/http/renderPage'

export const dynamic = 'force-dynamic'

/** GET /subscriptions/manage?token=: the preferences form (src/subscriptions/http/handleManage.ts). */
export async function GET(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withPageErrors(
    pageLocaleOf(request),
    () => handleManageGet(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'GET /subscriptions/manage failed' }),
  )
}

/** POST /subscriptions/manage?token=: saves the preferences form. */
export async function POST(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withPageErrors(
    pageLocaleOf(request),
    () => handleManagePost(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'POST /subscriptions/manage failed' }),
  )
}
