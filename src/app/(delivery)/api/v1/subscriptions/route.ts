import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleSubscribe } from '@/subscriptions/http/handleSubscribe'

export const dynamic = 'force-dynamic'

/** POST /api/v1/subscriptions: see src/subscriptions/http/handleSubscribe.ts and the OpenAPI document. */
export async function POST(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withDeliveryErrors(
    () => handleSubscribe(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'POST /api/v1/subscriptions failed' }),
    request,
  )
}
