import type { Lang } from '@/i18n/lang'
import { subscriptionRequestMessages } from '@/i18n/messages/subscriptionRequests'
import { PER_NETWORK_PER_HOUR } from '@/platform/http/networkLimits'

/** What `POST /api/v1/subscriptions` accepts and answers, shared with its OpenAPI description. */
export const SUBSCRIBE_BODY_LIMIT_BYTES = 10 * 1024

/** Per client network sized for a whole newsroom behind one address; per mailbox kept small. */
export const SUBSCRIBE_LIMITS = { perIpPerHour: PER_NETWORK_PER_HOUR, perAddressPerHour: 5 } as const

/**
 * The one answer to every accepted request, in the client's language: the same whether the
 * address is new, pending or active, and whether this request sent a mail or came within a
 * minute of one that did.
 */
export const subscribeAccepted = (lang: Lang) => ({ status: 'accepted', message: subscriptionRequestMessages[lang].accepted }) as const
