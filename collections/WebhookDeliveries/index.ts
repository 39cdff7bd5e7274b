import type { CollectionConfig } from 'payload'

import { isPressOffice, nobody } from '@/access/isPressOffice'
import { resendWebhookEndpoint } from './endpoints/resendWebhook'

const STATUSES = [
  { value: 'pending', label: { vi: 'Chờ gửi', en: 'Pending' } },
  { value: 'sending', label: { vi: 'Đang gửi', en: 'Sending' } },
  { value: 'delivered', label: { vi: 'Đã gửi', en: 'Delivered' } },
  { value: 'failed', label: { vi: 'Thất bại', en: 'Failed' } },
]

/**
 * The webhook ledger: one row per agency and change, written in the same transaction as
 * the change itself and before anything is sent. The sender claims rows atomically, so
 * several workers never post the same row twice, and a crash leaves at most the rows that
 * were in flight to be posted again.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: { vi: 'Lần gửi webhook', en: 'Webhook delivery' }, plural: { vi: 'Webhook đã gửi', en: 'Webhook deliveries' } },
  admin: {
    useAsTitle: 'itemId',
    defaultColumns: ['agency', 'event', 'itemId', 'status', 'attempts', 'responseCode', 'updatedAt'],
    group: { vi: 'Phân phối', en: 'Delivery' },
  },
  defaultSort: '-id',
  access: { read: isPressOffice, create: nobody, update: nobody, delete: nobody },
  endpoints: [resendWebhookEndpoint],
  indexes: [{ fields: ['agency', 'change'], unique: true }],
  fields: [
    {
      name: 'resend',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/delivery/ResendWebhookButton#ResendWebhookButton' } },
    },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { vi: 'Cơ quan', en: 'Agency' } },
    { name: 'change', type: 'relationship', relationTo: 'delivery-changes', required: true, index: true, label: { vi: 'Thay đổi', en: 'Change' } },
    { name: 'event', type: 'text', required: true, label: { vi: 'Sự kiện', en: 'Event' } },
    { name: 'itemId', type: 'text', required: true, label: { vi: 'Mã mục', en: 'Item id' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', index: true, options: STATUSES, label: { vi: 'Trạng thái', en: 'Status' } },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, label: { vi: 'Số lần thử', en: 'Attempts' } },
    { name: 'nextAttemptAt', type: 'date', index: true, label: { vi: 'Lần thử tới', en: 'Next attempt' } },
    { name: 'claimedAt', type: 'date', label: { vi: 'Bắt đầu gửi', en: 'Claimed at' } },
    { name: 'responseCode', type: 'number', label: { vi: 'Mã phản hồi', en: 'Response code' } },
    { name: 'lastError', type: 'text', label: { vi: 'Lỗi gần nhất', en: 'Last error' } },
    { name: 'deliveredAt', type: 'date', label: { vi: 'Đã gửi lúc', en: 'Delivered at' } },
  ],
}
