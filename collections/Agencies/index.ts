import type { CollectionConfig } from 'payload'

import { isPressOffice, isPressOfficeField } from '@/access/isPressOffice'
import { CONTENT_TYPES } from '@/content/contentTypes'
import { validateEmail } from '../editorial/validators'
import { auditAgencyChanges } from './hooks/auditAgencyChanges'
import { ensureWebhookSecret } from './hooks/ensureWebhookSecret'
import { refreshDeliveryState } from './hooks/refreshDeliveryState'
import { validateWebhookUrl } from './validateWebhookUrl'

const KINDS = [
  { value: 'news-agency', label: { vi: 'Hãng thông tấn', en: 'News agency' } },
  { value: 'newspaper', label: { vi: 'Báo in', en: 'Newspaper' } },
  { value: 'broadcaster', label: { vi: 'Đài phát thanh, truyền hình', en: 'Broadcaster' } },
  { value: 'online', label: { vi: 'Báo điện tử', en: 'Online outlet' } },
]

const TYPE_LABELS = {
  article: { vi: 'Bài viết', en: 'Articles' },
  campaign: { vi: 'Chiến dịch', en: 'Campaigns' },
  'briefing-pack': { vi: 'Tài liệu họp báo', en: 'Briefing packs' },
} as const

/**
 * Press agencies that take content through the v1 API, feeds and webhooks. They sign in
 * only with an API key (`Authorization: agencies API-Key <key>`), never with a password.
 * Generating a new key rotates it and unticking "Enable API key" revokes it; both take
 * effect on the next request, because every request looks the key up afresh.
 */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: { singular: { vi: 'Cơ quan báo chí', en: 'Press agency' }, plural: { vi: 'Cơ quan báo chí', en: 'Press agencies' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'active', 'trusted', 'updatedAt'],
    group: { vi: 'Phân phối', en: 'Delivery' },
  },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  access: { read: isPressOffice, create: isPressOffice, update: isPressOffice, delete: isPressOffice },
  hooks: { beforeChange: [ensureWebhookSecret], afterChange: [auditAgencyChanges, refreshDeliveryState], afterDelete: [refreshDeliveryState] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    { name: 'kind', type: 'select', required: true, defaultValue: 'online', options: KINDS, label: { vi: 'Loại hình', en: 'Kind' } },
    { name: 'contactEmail', type: 'text', validate: validateEmail, label: { vi: 'Email liên hệ', en: 'Contact email' } },
    {
      type: 'row',
      fields: [
        { name: 'active', type: 'checkbox', defaultValue: true, label: { vi: 'Đang hoạt động', en: 'Active' } },
        {
          name: 'trusted',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Được tin cậy (xem tin đang cấm đăng)', en: 'Trusted (sees embargoed items)' },
        },
      ],
    },
    {
      name: 'allowedTypes',
      type: 'select',
      hasMany: true,
      options: CONTENT_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] })),
      label: { vi: 'Loại nội dung được nhận', en: 'Allowed content types' },
      admin: { description: { vi: 'Để trống: mọi loại.', en: 'Leave empty for every type.' } },
    },
    {
      name: 'rateLimitPerMinute',
      type: 'number',
      required: true,
      defaultValue: 600,
      min: 1,
      max: 1_000_000,
      label: { vi: 'Giới hạn yêu cầu mỗi phút', en: 'Rate limit per minute' },
    },
    {
      name: 'webhookUrl',
      type: 'text',
      validate: validateWebhookUrl,
      label: { vi: 'Địa chỉ webhook', en: 'Webhook URL' },
      admin: { description: { vi: 'http(s). Không nhận địa chỉ nội bộ.', en: 'http(s). Private and loopback addresses are refused.' } },
    },
    {
      name: 'webhookSecret',
      type: 'text',
      access: { read: isPressOfficeField, update: isPressOfficeField },
      label: { vi: 'Khoá ký webhook', en: 'Webhook signing secret' },
      admin: {
        description: {
          vi: 'Tạo tự động khi có địa chỉ webhook. Xoá trống để tạo khoá mới.',
          en: 'Generated when a webhook URL is set. Clear it to generate a new one.',
        },
      },
    },
    { name: 'notes', type: 'textarea', label: { vi: 'Ghi chú', en: 'Notes' } },
  ],
}
