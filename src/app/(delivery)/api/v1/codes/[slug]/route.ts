import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleCode } from '@/consultation/http/handleCodeRequests'

export const dynamic = 'force-dynamic'

/** GET /api/v1/codes/{slug}: the current published revision (src/consultation/http/handleCodeRequests.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const payload = await deliveryPayload()
  const { slug } = await params
  return withDeliveryErrors(
    () => handleCode(payload, request, slug),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/codes/{slug} failed' }),
    request,
  )
}
