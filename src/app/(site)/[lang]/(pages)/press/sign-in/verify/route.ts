import { deliveryPayload } from '@/deliveryPayload'
import { handleVerifyGet, handleVerifyPost } from '@/press/http/handleVerify'
import { type LangParams, noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** The link in the sign-in mail: GET shows a button and changes nothing; POST spends the link and signs in. */
export async function GET(request: Request, { params }: { params: LangParams }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleVerifyGet(await deliveryPayload(), request, { lang })
}

export async function POST(request: Request, { params }: { params: LangParams }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleVerifyPost(await deliveryPayload(), request, { lang })
}
