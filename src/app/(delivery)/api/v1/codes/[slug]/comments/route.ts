import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleListComments, handlePostComment } from '@/consultation/http/handleCodeRequests'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }

/** GET /api/v1/codes/{slug}/comments: published comments and their answers. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const payload = await deliveryPayload()
  const { slug } = await params
  return withDeliveryErrors(
    () => handleListComments(payload, request, slug),
    (error) => payload.logger.error({ err: error, msg: 'GET /api/v1/codes/{slug}/comments failed' }),
    request,
  )
}

/** POST /api/v1/codes/{slug}/comments: a comment from the public during a consultation. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const payload = await deliveryPayload()
  const { slug } = await params
  return withDeliveryErrors(
    () => handlePostComment(payload, request, slug),
    (error) => payload.logger.error({ err: error, msg: 'POST /api/v1/codes/{slug}/comments failed' }),
    request,
  )
}
