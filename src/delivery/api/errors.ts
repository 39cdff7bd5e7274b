import { inBothLanguages } from '@/i18n/defineMessages'
import { langOfRequest, type Lang } from '@/i18n/lang'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { AppError, errorJsonResponse } from '@/platform/errors/appError'

/**
 * The delivery API answers with the one error type (src/platform/errors/appError.ts):
 * `{ "error": { "code", "message", "field"? } }` with the status its code has everywhere.
 */
export const errorResponse = (error: AppError): Response => errorJsonResponse(error)

/**
 * Turns a thrown AppError into its response, worded in the language the request asks for
 * (`?locale=`, else `Accept-Language`, else Vietnamese), or in the page's language for a
 * download linked from a page; anything else is a server fault,
 * logged without detail to the client.
 */
export async function withDeliveryErrors(work: () => Promise<Response>, log: (error: unknown) => void, reader: Request | Lang): Promise<Response> {
  const lang = typeof reader === 'string' ? reader : langOfRequest(reader)
  try {
    return await work()
  } catch (error) {
    if (error instanceof AppError) return errorJsonResponse(error, lang)
    log(error)
    return errorJsonResponse(
      new AppError(
        'server_error',
        inBothLanguages(apiRefusalMessages, (m) => m.serverError),
      ),
      lang,
    )
  }
}
