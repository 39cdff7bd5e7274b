/**
 * Every failure a client can cause, by its stable code, and the HTTP status it answers with.
 * One table for every channel (the v1 API, feeds, the workflow endpoint, the site's forms and
 * pages), so a code means the same thing wherever it appears. Adding a code here makes the
 * type check ask for its page title in both languages (src/i18n/messages/errors.ts).
 */
export const ERROR_STATUS = {
  invalid_parameter: 400,
  invalid_id: 400,
  invalid_body: 400,
  invalid_json: 400,
  invalid_cursor: 400,
  invalid_action: 400,
  invalid_comment: 400,
  invalid_assignee: 400,
  invalid_publish_at: 400,
  invalid_unpublish_at: 400,
  publish_at_in_past: 400,
  unpublish_at_in_past: 400,
  comment_required: 400,
  invalid_working_copy: 400,
  assignee_required: 400,
  unreadable_path: 400,
  unauthorized: 401,
  not_staff: 401,
  forbidden: 403,
  agency_inactive: 403,
  type_not_allowed: 403,
  role_not_allowed: 403,
  four_eyes: 403,
  not_found: 404,
  unknown_collection: 404,
  wrong_stage: 409,
  revision_frozen: 409,
  safeguarding: 409,
  consultation_closed: 409,
  duplicate_comment: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  server_error: 500,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value)

/**
 * A message in both of the newsroom's languages, for a failure found before anyone knows who
 * will read it (a parser, a domain rule); the answer picks the reader's language.
 */
export type Wording = { readonly vi: string; readonly en: string }

type ReaderLanguage = keyof Wording

/** The error body every channel answers with: `{ "error": { "code", "message", "field"? } }`. */
export type ErrorBody = { error: { code: ErrorCode; message: string; field?: string } & Record<string, unknown> }

/**
 * The one error type. Thrown where the failure is found, with a message already in the
 * reader's language; answered as the JSON body (`errorJsonResponse`) or as a page in the
 * site's layout (`errorPageResponse` in src/i18n/errorPage.ts). `details` carry extra,
 * machine-readable facts (the allowed actions of a workflow refusal, say).
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  readonly headers?: Record<string, string>
  readonly details?: Record<string, unknown>
  readonly wording: Wording

  constructor(
    code: ErrorCode,
    message: string | Wording,
    options: { field?: string; headers?: Record<string, string>; details?: Record<string, unknown> } = {},
  ) {
    // Logs read the English side; a reader gets their own language (messageIn).
    super(typeof message === 'string' ? message : message.en)
    this.wording = typeof message === 'string' ? { vi: message, en: message } : message
    this.code = code
    this.field = options.field
    this.headers = options.headers
    this.details = options.details
  }

  get status(): number {
    return ERROR_STATUS[this.code]
  }

  /** The message in the reader's language. */
  messageIn(lang: ReaderLanguage): string {
    return this.wording[lang]
  }

  toBody(lang: ReaderLanguage = 'vi'): ErrorBody {
    return { error: { code: this.code, message: this.messageIn(lang), ...(this.field ? { field: this.field } : {}), ...this.details } }
  }
}

/** The start of a refusal a pure decision returns: its code and the status that code has. */
export const refusal = <C extends ErrorCode>(code: C): { ok: false; status: (typeof ERROR_STATUS)[C]; code: C } => ({
  ok: false,
  status: ERROR_STATUS[code],
  code,
})

/** The error as JSON in the reader's language (Vietnamese unless asked otherwise), never cached. */
export function errorJsonResponse(error: AppError, lang: ReaderLanguage = 'vi'): Response {
  return Response.json(error.toBody(lang), { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } })
}
