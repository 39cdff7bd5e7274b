import type { CollectionConfig } from 'payload'

import { isPressOffice, nobody } from '@/access/isPressOffice'
import { inBothLanguages } from '@/i18n/defineMessages'
import { mailRunMessages } from '@/i18n/messages/mailRuns'
import { retryFailedEndpoint } from './endpoints/retryFailed'
import { titleInReadersLanguage } from './hooks/titleInReadersLanguage'

const KINDS = [
  { value: 'daily', label: { vi: 'Bản tin ngày', en: 'Daily digest' } },
  { value: 'weekly', label: { vi: 'Bản tin tuần', en: 'Weekly digest' } },
  { value: 'alert', label: { vi: 'Thông báo ngay', en: 'Immediate alert' } },
  { value: 'correction', label: { vi: 'Thông báo gỡ bài', en: 'Withdrawal notice' } },
]

const STATUSES = [
  { value: 'sending', label: { vi: 'Đang gửi', en: 'Sending' } },
  { value: 'completed', label: { vi: 'Đã xong', en: 'Completed' } },
]

/**
 * One mailing: a daily or weekly digest for a period, an alert for one item version, or
 * a withdrawal notice. Unique per kind and period, so two workers (or a restarted one)
 * never start the same mailing twice. Its deliveries are the ledger of who gets what.
 * A completed run satisfies expected = sent + failed + suppressed.
 */
export const DigestRuns: CollectionConfig = {
  slug: 'digest-runs',
  labels: { singular: { vi: 'Đợt gửi thư', en: 'Mailing run' }, plural: { vi: 'Đợt gửi thư', en: 'Mailing runs' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'progress', 'status', 'startedAt', 'finishedAt'],
    // The title is worded on each read, so the list's search looks where the words are kept.
    listSearchableFields: ['headline', 'period'],
    group: { vi: 'Thư điện tử', en: 'Email' },
  },
  defaultSort: '-id',
  access: { read: isPressOffice, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['kind', 'period'], unique: true }],
  endpoints: [retryFailedEndpoint],
  fields: [
    {
      // Payload titles a document only by a stored field, so this one has a column; it stays
      // empty, and each read words the title from the kind and headline in the reader's language.
      name: 'title',
      type: 'text',
      label: { vi: 'Đợt gửi', en: 'Run' },
      hooks: { afterRead: [titleInReadersLanguage] },
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'progress',
      type: 'ui',
      label: { vi: 'Tiến độ', en: 'Progress' },
      admin: {
        components: {
          Cell: '/src/admin/email/RunProgress#RunProgressCell',
          Field: '/src/admin/email/RunProgress#RunProgressField',
        },
      },
    },
    { name: 'kind', type: 'select', required: true, options: KINDS, label: { vi: 'Loại', en: 'Kind' } },
    {
      name: 'headline',
      type: 'text',
      label: { vi: 'Nội dung', en: 'About' },
      admin: { description: { vi: 'Tiêu đề bài được báo, hoặc các ngày bản tin tổng hợp.', en: "The item's headline, or the days a digest covers." } },
    },
    {
      name: 'period',
      type: 'text',
      required: true,
      label: { vi: 'Mã đợt', en: 'Run key' },
      // The key only keeps two workers from starting one mailing twice; nobody reads a run by it.
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: inBothLanguages(mailRunMessages, (words) => words.runKeyDescription),
      },
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'sending', options: STATUSES, label: { vi: 'Trạng thái', en: 'Status' } },
    { name: 'periodStart', type: 'date', label: { vi: 'Từ', en: 'From' } },
    { name: 'periodEnd', type: 'date', label: { vi: 'Đến', en: 'To' } },
    { name: 'change', type: 'relationship', relationTo: 'delivery-changes', label: { vi: 'Thay đổi', en: 'Change' } },
    {
      type: 'row',
      fields: [
        { name: 'expected', type: 'number', required: true, defaultValue: 0, label: { vi: 'Dự kiến', en: 'Expected' } },
        { name: 'sent', type: 'number', required: true, defaultValue: 0, label: { vi: 'Đã gửi', en: 'Sent' } },
        { name: 'failed', type: 'number', required: true, defaultValue: 0, label: { vi: 'Thất bại', en: 'Failed' } },
        { name: 'suppressed', type: 'number', required: true, defaultValue: 0, label: { vi: 'Bỏ qua', en: 'Suppressed' } },
      ],
    },
    { name: 'startedAt', type: 'date', label: { vi: 'Bắt đầu', en: 'Started' } },
    { name: 'finishedAt', type: 'date', label: { vi: 'Kết thúc', en: 'Finished' } },
  ],
}
