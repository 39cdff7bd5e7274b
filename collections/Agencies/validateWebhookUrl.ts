import type { PayloadRequest } from 'payload'

import { langOfPayloadRequest } from '@/i18n/lang'
import { allowPrivateWebhooks, checkWebhookUrl } from '@/delivery/webhooks/addressPolicy'

/** Field validator: an http(s) URL that does not point into the server's own network, explained in the admin's language. */
export const validateWebhookUrl = async (value: unknown, { req }: { req?: PayloadRequest } = {}): Promise<true | string> => {
  if (value === undefined || value === null || value === '') return true
  const result = await checkWebhookUrl(String(value), { allowPrivate: allowPrivateWebhooks() })
  return result.ok ? true : result.message[langOfPayloadRequest(req)]
}
