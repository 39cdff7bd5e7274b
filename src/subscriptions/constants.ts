/** Subscription settings and the consent text people agree to, versioned so a change can be traced. */
export const FREQUENCIES = ['immediate', 'daily', 'weekly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export const SUBSCRIBER_STATUSES = ['pending', 'active', 'unsubscribed', 'bounced'] as const
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]

export const CONSENT_VERSION = '2026-11'

export const CONSENT_TEXT = {
  vi: 'Tôi đồng ý nhận thư điện tử về tin bài, chiến dịch và tài liệu họp báo của Chương trình bảo vệ trẻ em trên môi trường mạng. Địa chỉ của tôi chỉ dùng để gửi các thư này; tôi có thể huỷ đăng ký bất cứ lúc nào bằng một lần bấm.',
  en: 'I agree to receive email about the articles, campaigns and briefing packs of the Programme for Child Protection Online. My address is used only to send these messages; I can unsubscribe at any time in one click.',
} as const

/** A confirmation link works for seven days. */
export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** Three hard bounces and an address is considered dead. */
export const BOUNCES_BEFORE_BOUNCED = 3

/** A repeated subscribe for one address within a minute sends no second mail. */
export const REPEAT_WITHIN_MS = 60 * 1000
