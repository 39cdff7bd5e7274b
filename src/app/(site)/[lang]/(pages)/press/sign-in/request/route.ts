import { deliveryPayload } from '@/deliveryPayload'
import { handleSignInRequest } from '@/press/http/handleSignInRequest'
import { type LangParams, noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** The sign-in form posts here; it mails a link to an accredited address and redirects back. */
export async function POST(request: Request, { params }: { params: LangParams }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleSignInRequest(await deliveryPayload(), request, { lang })
}
