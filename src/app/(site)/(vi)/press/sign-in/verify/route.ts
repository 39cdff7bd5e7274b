import { deliveryPayload } from '@/deliveryPayload'
import { handleVerifyGet, handleVerifyPost } from '../../../../../../press/http/handleVerify'

export const dynamic = 'force-dynamic'

/** The link in the sign-in mail: GET shows a button and changes nothing; POST spends the link and signs in. */
export async function GET(request: Request): Promise<Response> {
  return handleVerifyGet(await deliveryPayload(), request, { lang: 'vi' })
}

export async function POST(request: Request): Promise<Response> {
  return handleVerifyPost(await deliveryPayload(), request, { lang: 'vi' })
}
