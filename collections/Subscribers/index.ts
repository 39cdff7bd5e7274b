import type { CollectionConfig } from 'payload'

import { isPressOffice, isPressOfficeField } from '@/access/isPressOffice'
import { CONTENT_TYPES } from '@/content/contentTypes'
import { FREQUENCIES, SUBSCRIBER_STATUSES } from '@/subscriptions/constants'
import { validateEmail, wordsFor } from '../editorial/validators'
import { digestPreviewEndpoint, sendTestDigestEndpoint } from './endpoints/digestPreview'
import { normaliseSubscriberEmail } from './hooks/normaliseSubscriberEmail'

const FREQUENCY_LABELS = {
  immediate: { vi: 'Ngay khi đăng', en: 'Immediately' },
  daily: { vi: 'Hằng ngày', en: 'Daily' },
  weekly: { vi: 'Hằng tuần', en: 'Weekly' },
} as const

const STATUS_LABELS = {
  pending: { vi: 'Chờ xác nhận', en: 'Pending' },
  active: { vi: 'Đang nhận', en: 'Active' },
  unsubscribed: { vi: 'Đã huỷ', en: 'Unsubscribed' },
  bounced: { vi: 'Thư bị trả lại', en: 'Bounced' },
} as const

const TYPE_LABELS = {
  article: { vi: 'Bài viết', en: 'Articles' },
  campaign: { vi: 'Chiến dịch', en: 'Campaigns' },
  'briefing-pack': { vi: 'Tài liệu họp báo', en: 'Briefing packs' },
} as const

/** Hidden from every API read: only the system uses token hashes. */
const secretField = { read: () => false, create: () => false, update: () => false }

/**
 * Journalists and newsrooms who follow the programme by email. People subscribe
 * themselves (double opt-in); press officers and admins can also manage them here.
 * Tokens are random; only their SHA-256 hashes are kept (and, for the manage and
 * unsubscribe link that goes in every mail, an encrypted copy).
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: { vi: 'Người đăng ký', en: 'Subscriber' }, plural: { vi: 'Người đăng ký', en: 'Subscribers' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'outlet', 'frequency', 'status', 'locale'],
    group: { vi: 'Thư điện tử', en: 'Email' },
  },
  access: { read: isPressOffice, create: isPressOffice, update: isPressOffice, delete: isPressOffice },
  hooks: { beforeValidate: [normaliseSubscriberEmail] },
  endpoints: [digestPreviewEndpoint, sendTestDigestEndpoint],
  fields: [
    {
      name: 'previewPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/email/DigestPreviewPanel#DigestPreviewPanel' } },
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown, options: Parameters<typeof validateEmail>[1]) => (value ? validateEmail(value, options) : wordsFor(options).emailRequired),
      label: { vi: 'Email', en: 'Email' },
    },
    { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
    { name: 'outlet', type: 'text', label: { vi: 'Cơ quan báo chí', en: 'Outlet' } },
    {
      type: 'row',
      fields: [
        {
          name: 'locale',
          type: 'select',
          required: true,
          defaultValue: 'vi',
          options: [
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ],
          label: { vi: 'Ngôn ngữ', en: 'Language' },
        },
        {
          name: 'frequency',
          type: 'select',
          required: true,
          defaultValue: 'daily',
          options: FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })),
          label: { vi: 'Tần suất', en: 'Frequency' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: SUBSCRIBER_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
          label: { vi: 'Trạng thái', en: 'Status' },
        },
      ],
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { vi: 'Chủ đề theo dõi', en: 'Topics followed' },
      admin: { description: { vi: 'Để trống: mọi chủ đề.', en: 'Empty: every topic.' } },
    },
    {
      name: 'campaigns',
      type: 'relationship',
      relationTo: 'campaigns',
      hasMany: true,
      label: { vi: 'Chiến dịch theo dõi', en: 'Campaigns followed' },
      admin: { description: { vi: 'Để trống: mọi chiến dịch.', en: 'Empty: every campaign.' } },
    },
    {
      name: 'contentTypes',
      type: 'select',
      hasMany: true,
      options: CONTENT_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
      label: { vi: 'Loại nội dung', en: 'Content types' },
      admin: { description: { vi: 'Để trống: mọi loại.', en: 'Empty: every type.' } },
    },
    {
      type: 'collapsible',
      label: { vi: 'Đồng ý và lịch sử', en: 'Consent and history' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'consentText', type: 'textarea', access: { update: isPressOfficeField }, label: { vi: 'Nội dung đã đồng ý', en: 'Consent text' } },
        { name: 'consentVersion', type: 'text', label: { vi: 'Phiên bản', en: 'Consent version' } },
        { name: 'consentedAt', type: 'date', label: { vi: 'Đồng ý lúc', en: 'Consented at' } },
        { name: 'confirmedAt', type: 'date', label: { vi: 'Xác nhận lúc', en: 'Confirmed at' } },
        { name: 'unsubscribedAt', type: 'date', label: { vi: 'Huỷ lúc', en: 'Unsubscribed at' } },
        { name: 'bounceCount', type: 'number', defaultValue: 0, label: { vi: 'Số lần bị trả lại', en: 'Bounces' } },
        { name: 'lastDigestAt', type: 'date', label: { vi: 'Bản tin gần nhất', en: 'Last digest' } },
      ],
    },
    { name: 'confirmTokenHash', type: 'text', index: true, access: secretField, admin: { hidden: true } },
    { name: 'confirmTokenExpiresAt', type: 'date', access: secretField, admin: { hidden: true } },
    { name: 'accessTokenHash', type: 'text', access: secretField, admin: { hidden: true } },
    { name: 'accessTokenSealed', type: 'text', access: secretField, admin: { hidden: true } },
  ],
}
