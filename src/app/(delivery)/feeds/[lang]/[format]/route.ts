import { withDeliveryErrors } from '@/delivery/api/errors'
import { deliveryPayload } from '@/deliveryPayload'
import { handleFeed } from '@/delivery/feeds/handleFeed'

export const dynamic = 'force-dynamic'

/** GET /feeds/{vi|en}/{atom.xml|rss.xml|feed.json}: public news feeds (src/delivery/feeds/handleFeed.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string; format: string }> }): Promise<Response> {
  const payload = await deliveryPayload()
  const { lang, format } = await params
  return withDeliveryErrors(
    () => handleFeed(payload, request, lang, format),
    (error) => payload.logger.error({ err: error, msg: 'feed failed' }),
    request,
  )
}
