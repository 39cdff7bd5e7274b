/**
 * The delivery API's one error type. Every failure a client can cause becomes
 * `{ "error": { "code", "message", "field"? } }` with the status from the code.
 */
const STATUS: Record<string, number> = {
  invalid_parameter: 400,
  invalid_cursor: 400,
  unauthorized: 401,
  agency_inactive: 403,
  type_not_allowed: 403,
  not_found: 404,
  consultation_closed: 409,
  duplicate_comment: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
}

export class DeliveryError extends Error {
  readonly code: string
  readonly field?: string
  readonly headers?: Record<string, string>

  constructor(code: string, message: string, options: { field?: string; headers?: Record<string, string> } = {}) {
    super(message)
    this.code = code
    this.field = options.field
    this.headers = options.headers
  }

  get status(): number {
    return STATUS[this.code] ?? 400
  }
}

export function errorResponse(error: DeliveryError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } }
  return Response.json(body, { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } })
}

/** Turns a thrown DeliveryError into its response; anything else is a server fault, logged without detail to the client. */
export async function withDeliveryErrors(work: () => Promise<Response>, log: (error: unknown) => void): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof DeliveryError) return errorResponse(error)
    log(error)
    return Response.json({ error: { code: 'server_error', message: 'Something went wrong on our side; please try again.' } }, { status: 500 })
  }
}
