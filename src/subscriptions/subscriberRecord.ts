/** A subscriber as the subscription flow reads it, secret fields included. */
export type SubscriberRecord = {
  id: number
  email: string
  name?: string | null
  outlet?: string | null
  locale: 'vi' | 'en'
  frequency: 'immediate' | 'daily' | 'weekly'
  status: 'pending' | 'active' | 'unsubscribed' | 'bounced'
  topics?: number[] | null
  campaigns?: number[] | null
  contentTypes?: string[] | null
  /**
   * Before `subscription_confirmations` existed, the one confirmation link sent; since
   * then, the link that confirmed, so that a repeated navigation is answered again.
   */
  confirmTokenHash?: string | null
  confirmTokenExpiresAt?: string | null
  accessTokenHash?: string | null
  accessTokenSealed?: string | null
}
