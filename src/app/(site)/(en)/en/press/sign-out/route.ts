import { deliveryPayload } from '@/deliveryPayload'
import { handleSignOut } from '../../../../../../press/http/handleSignOut'

export const dynamic = 'force-dynamic'

/** The sign-out button posts here: the session ends on the server and in the browser. */
export async function POST(request: Request): Promise<Response> {
  return handleSignOut(await deliveryPayload(), request, { lang: 'en' })
}
