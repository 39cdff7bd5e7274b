import { deliveryPayload } from '@/deliveryPayload'
import { handleAccreditationForm } from '../../../../../../../press/http/handleAccreditationForm'

export const dynamic = 'force-dynamic'

/** The accreditation form posts here; it redirects back to the form (see handleAccreditationForm). */
export async function POST(request: Request): Promise<Response> {
  return handleAccreditationForm(await deliveryPayload(), request, { lang: 'en' })
}
