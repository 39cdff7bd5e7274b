import { deliveryPayload } from '@/deliveryPayload'
import { handleSignOut } from '@/press/http/handleSignOut'
import { type LangParams, noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** The sign-out button posts here: the session ends on the server and in the browser. */
export async function POST(request: Request, { params }: { params: LangParams }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleSignOut(await deliveryPayload(), request, { lang })
}
