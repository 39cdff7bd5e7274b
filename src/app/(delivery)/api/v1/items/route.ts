import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleItems } from '@/delivery/api/handleItems'

export const dynamic = 'force-dynamic'

/** GET /api/v1/items: see src/delivery/api/handleItems.ts and the README. */
export async function GET(request: Request): Promise<Response> {
  const payload = await deliveryPayload()
  return withDeliveryErrors(
    () => handleItems(payload, request),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/items failed' }),
    request,
  )
}
