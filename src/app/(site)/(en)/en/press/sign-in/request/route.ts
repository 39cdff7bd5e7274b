import { deliveryPayload } from '@/deliveryPayload'
import { handleSignInRequest } from '../../../../../../../press/http/handleSignInRequest'

export const dynamic = 'force-dynamic'

/** The sign-in form posts here; it mails a link to an accredited address and redirects back. */
export async function POST(request: Request): Promise<Response> {
  return handleSignInRequest(await deliveryPayload(), request, { lang: 'en' })
}
