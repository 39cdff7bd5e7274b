import { deliveryPayload } from '@/deliveryPayload'
import { isLang } from '@/i18n/lang'
import { handleDefaultImage } from '@/site/og/handleDefaultImage'
import { noSuchRoute } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** GET /og/vi.png, /og/en.png: the default OpenGraph image of each language (src/site/og). */
export async function GET(request: Request, { params }: { params: Promise<{ image: string }> }): Promise<Response> {
  const lang = /^([a-z]{2})\.png$/.exec((await params).image)?.[1]
  if (!lang || !isLang(lang)) return noSuchRoute()
  return handleDefaultImage(await deliveryPayload(), request, lang)
}
