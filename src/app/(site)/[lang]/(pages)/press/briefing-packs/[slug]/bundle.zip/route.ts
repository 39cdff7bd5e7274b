import { deliveryPayload } from '@/deliveryPayload'
import { handleBundle } from '@/press/bundle/handleBundle'
import { noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** GET /press/briefing-packs/{slug}/bundle.zip: the pack as a streamed ZIP (src/press/bundle/handleBundle.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleBundle(await deliveryPayload(), request, (await params).slug)
}
