import { langOfRequest } from '@/i18n/lang'
import { graphqlLimitMessages } from '@/i18n/messages/graphqlLimits'

type Handler = (request: Request) => Promise<Response>

/**
 * A GraphQL POST whose JSON body does not parse gets 400 with a GraphQL error list in the
 * client's language. Payload's handler reads the body before its own error handling, so it
 * would answer such a body with an empty 500.
 */
export const refuseUnreadableBody =
  (handle: Handler): Handler =>
  async (request) => {
    if ((request.headers.get('content-type') ?? '').includes('json')) {
      const text = await request.clone().text()
      try {
        JSON.parse(text)
      } catch {
        const message = graphqlLimitMessages[langOfRequest(request)].invalidJson
        return Response.json({ errors: [{ message, extensions: { code: 'invalid_body' } }] }, { status: 400 })
      }
    }
    return handle(request)
  }
