import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleRevisions } from '@/consultation/http/handleCodeRequests'

export const dynamic = 'force-dynamic'

/** GET /api/v1/codes/{slug}/revisions: every frozen revision of a code. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const payload = await deliveryPayload()
  const { slug } = await params
  return withDeliveryErrors(
    () => handleRevisions(payload, request, slug),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/codes/{slug}/revisions failed' }),
    request,
  )
}
