import { PER_NETWORK_PER_HOUR } from '../../platform/http/networkLimits'

/** What `POST /api/v1/subscriptions` accepts and answers, shared with its OpenAPI description. */
export const SUBSCRIBE_BODY_LIMIT_BYTES = 10 * 1024

/** Per client network sized for a whole newsroom behind one address; per mailbox kept small. */
export const SUBSCRIBE_LIMITS = { perIpPerHour: PER_NETWORK_PER_HOUR, perAddressPerHour: 5 } as const

/**
 * The one answer to every accepted request: the same whether the address is new, pending
 * or active, and whether this request sent a mail or came within a minute of one that did.
 */
export const SUBSCRIBE_ACCEPTED = {
  status: 'accepted',
  message: 'If the address can receive mail, a message is on its way: follow its link to confirm. Asking again within a minute sends no second message.',
} as const
