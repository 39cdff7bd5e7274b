/** What `POST /api/v1/codes/{slug}/comments` accepts, shared with its OpenAPI description. */
export const COMMENT_BODY_LIMIT_BYTES = 64 * 1024
export const COMMENT_LIMITS = { perIpPerHour: 10 } as const
/** How far back a new comment is compared with earlier ones on the same code. */
export const DUPLICATE_LOOKBACK = 2000
