import { deliveryPayload } from '@/deliveryPayload'
import { handleBundle } from '../../../../../../../press/bundle/handleBundle'

export const dynamic = 'force-dynamic'

/** GET /press/briefing-packs/{slug}/bundle.zip: the pack as a streamed ZIP (src/press/bundle/handleBundle.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handleBundle(await deliveryPayload(), request, (await params).slug)
}
