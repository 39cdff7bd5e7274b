import { AppError, errorJsonResponse } from '@/platform/errors/appError'

/**
 * The delivery API answers with the one error type (src/platform/errors/appError.ts):
 * `{ "error": { "code", "message", "field"? } }` with the status its code has everywhere.
 */
export const errorResponse = (error: AppError): Response => errorJsonResponse(error)

/** Turns a thrown AppError into its response; anything else is a server fault, logged without detail to the client. */
export async function withDeliveryErrors(work: () => Promise<Response>, log: (error: unknown) => void): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof AppError) return errorJsonResponse(error)
    log(error)
    return errorJsonResponse(new AppError('server_error', 'Something went wrong on our side; please try again.'))
  }
}
