import type { CollectionConfig } from 'payload'

import { isPressOffice, nobody } from '@/access/isPressOffice'

const STATUSES = [
  { value: 'pending', label: { vi: 'Chờ gửi', en: 'Pending' } },
  { value: 'sending', label: { vi: 'Đang gửi', en: 'Sending' } },
  { value: 'sent', label: { vi: 'Đã gửi', en: 'Sent' } },
  { value: 'failed', label: { vi: 'Thất bại', en: 'Failed' } },
  { value: 'suppressed', label: { vi: 'Bỏ qua', en: 'Suppressed' } },
]

/**
 * The mail ledger: one row per run and subscriber, written before anything is sent. A
 * sender claims rows atomically and marks each sent with its message id, so a crash or a
 * second worker never sends a row twice; only rows in flight at a crash can go twice.
 */
export const MailDeliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: { vi: 'Thư đã gửi', en: 'Mail delivery' }, plural: { vi: 'Thư đã gửi', en: 'Mail deliveries' } },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['run', 'subscriber', 'status', 'attempts', 'lastError', 'updatedAt'],
    group: { vi: 'Thư điện tử', en: 'Email' },
  },
  defaultSort: '-id',
  access: { read: isPressOffice, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['run', 'subscriber'], unique: true }],
  fields: [
    { name: 'run', type: 'relationship', relationTo: 'digest-runs', required: true, index: true, label: { vi: 'Đợt gửi', en: 'Run' } },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true, index: true, label: { vi: 'Người nhận', en: 'Subscriber' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'pending', index: true, options: STATUSES, label: { vi: 'Trạng thái', en: 'Status' } },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, label: { vi: 'Số lần thử', en: 'Attempts' } },
    { name: 'nextAttemptAt', type: 'date', label: { vi: 'Lần thử tới', en: 'Next attempt' } },
    { name: 'claimedAt', type: 'date', label: { vi: 'Bắt đầu gửi', en: 'Claimed at' } },
    { name: 'messageId', type: 'text', label: { vi: 'Mã thư', en: 'Message id' } },
    { name: 'lastError', type: 'text', label: { vi: 'Lỗi gần nhất', en: 'Last error' } },
    { name: 'sentAt', type: 'date', label: { vi: 'Gửi lúc', en: 'Sent at' } },
  ],
}
