import { PER_NETWORK_PER_HOUR } from '@/platform/http/networkLimits'

/** What `POST /api/v1/codes/{slug}/comments` accepts, shared with its OpenAPI description. */
export const COMMENT_BODY_LIMIT_BYTES = 64 * 1024
/** Per client network, sized for a whole newsroom behind one address. */
export const COMMENT_LIMITS = { perIpPerHour: PER_NETWORK_PER_HOUR } as const
/** How far back a new comment is compared with earlier ones on the same code. */
export const DUPLICATE_LOOKBACK = 2000
