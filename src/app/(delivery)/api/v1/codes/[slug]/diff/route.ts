import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleDiff } from '@/consultation/http/handleCodeRequests'

export const dynamic = 'force-dynamic'

/** GET /api/v1/codes/{slug}/diff?from=&to=: what changed between two revisions. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const payload = await deliveryPayload()
  const { slug } = await params
  return withDeliveryErrors(
    () => handleDiff(payload, request, slug),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/codes/{slug}/diff failed' }),
    request,
  )
}
