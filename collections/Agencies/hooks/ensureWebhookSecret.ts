import type { CollectionBeforeChangeHook } from 'payload'

import { generateWebhookSecret } from '@/delivery/webhooks/signWebhook'

/** An agency with a webhook URL always has a signing secret: a random one when left empty. */
export const ensureWebhookSecret: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const url = data.webhookUrl ?? originalDoc?.webhookUrl
  const secret = data.webhookSecret ?? originalDoc?.webhookSecret
  if (url && !secret) data.webhookSecret = generateWebhookSecret()
  return data
}
