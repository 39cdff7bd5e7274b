import { deliveryPayload } from '@/deliveryPayload'
import { handleAccreditationForm } from '@/press/http/handleAccreditationForm'
import { type LangParams, noSuchRoute, routeLang } from '@/site/routing/siteLang'

export const dynamic = 'force-dynamic'

/** The accreditation form posts here; it redirects back to the form (see handleAccreditationForm). */
export async function POST(request: Request, { params }: { params: LangParams }): Promise<Response> {
  const lang = await routeLang(params)
  if (!lang) return noSuchRoute()
  return handleAccreditationForm(await deliveryPayload(), request, { lang })
}
