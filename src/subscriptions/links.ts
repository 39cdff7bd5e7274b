import { unsubscribeMailbox } from '@/mail/bulkTransport'

/** Absolute links of one subscriber's mails, built from SITE_URL. */
export function subscriptionLinks(siteUrl: string, accessToken: string) {
  const token = encodeURIComponent(accessToken)
  return {
    siteUrl,
    manageUrl: `${siteUrl}/subscriptions/manage?token=${token}`,
    unsubscribeUrl: `${siteUrl}/subscriptions/unsubscribe?token=${token}`,
  }
}

export const confirmUrlOf = (siteUrl: string, confirmToken: string): string => `${siteUrl}/subscriptions/confirm?token=${encodeURIComponent(confirmToken)}`

/**
 * RFC 2369 and RFC 8058 headers: an https link that unsubscribes with one POST, and a
 * mailto for clients that prefer mail. Mail clients show their own "unsubscribe" button.
 */
export function listUnsubscribeHeaders(unsubscribeUrl: string, accessToken: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const mailto = `mailto:${unsubscribeMailbox(env)}?subject=${encodeURIComponent(`unsubscribe ${accessToken}`)}`
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>, <${mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}
