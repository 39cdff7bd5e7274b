import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleRevision } from '@/consultation/http/handleCodeRequests'

export const dynamic = 'force-dynamic'

/** GET /api/v1/codes/{slug}/revisions/{revision}: one frozen revision. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; revision: string }> }): Promise<Response> {
  const payload = await deliveryPayload()
  const { slug, revision } = await params
  return withDeliveryErrors(
    () => handleRevision(payload, request, slug, decodeURIComponent(revision)),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/codes/{slug}/revisions/{revision} failed' }),
    request,
  )
}
