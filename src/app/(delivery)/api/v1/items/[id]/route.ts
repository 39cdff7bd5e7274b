import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleItem } from '@/delivery/api/handleItem'

export const dynamic = 'force-dynamic'

/** GET /api/v1/items/{id}: one ninjs item (src/delivery/api/handleItem.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const payload = await deliveryPayload()
  const { id } = await params
  return withDeliveryErrors(
    () => handleItem(payload, request, id),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/items/{id} failed' }),
    request,
  )
}
