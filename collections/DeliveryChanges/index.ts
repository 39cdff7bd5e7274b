import type { CollectionConfig } from 'payload'

import { isPressOffice, nobody } from '@/access/isPressOffice'

/**
 * The delivery change log: one row per change an agency can sync (a publication, a new
 * published version, a withdrawal, an embargo passing), each holding the ninjs item as
 * it was delivered. The row id is the sync position: rows are appended under an
 * advisory lock, so ids are committed in order and a cursor never skips a row. The v1
 * API, the feeds and the webhooks all read from here. Only the system writes it.
 */
export const DeliveryChanges: CollectionConfig = {
  slug: 'delivery-changes',
  labels: { singular: { vi: 'Thay đổi đã phân phối', en: 'Delivered change' }, plural: { vi: 'Nhật ký phân phối', en: 'Delivery log' } },
  admin: {
    useAsTitle: 'itemId',
    defaultColumns: ['id', 'itemId', 'eventTrusted', 'eventPublic', 'version', 'occurredAt'],
    group: { vi: 'Phân phối', en: 'Delivery' },
  },
  defaultSort: '-id',
  access: { read: isPressOffice, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'itemId', type: 'text', required: true, index: true, label: { vi: 'Mã mục', en: 'Item id' } },
    { name: 'contentType', type: 'text', required: true, label: { vi: 'Loại', en: 'Type' } },
    { name: 'docId', type: 'number', required: true, label: { vi: 'Mã tài liệu', en: 'Document id' } },
    { name: 'lang', type: 'text', required: true, label: { vi: 'Ngôn ngữ', en: 'Language' } },
    { name: 'slug', type: 'text', label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'version', type: 'number', required: true, label: { vi: 'Phiên bản', en: 'Version' } },
    {
      name: 'eventTrusted',
      type: 'text',
      label: { vi: 'Sự kiện (cơ quan tin cậy)', en: 'Event for trusted agencies' },
      admin: { description: { vi: 'Trống: không gửi cho nhóm này.', en: 'Empty: not delivered to them.' } },
    },
    { name: 'eventPublic', type: 'text', label: { vi: 'Sự kiện (công khai)', en: 'Event for everyone else' } },
    { name: 'pubStatus', type: 'text', required: true, label: { vi: 'Trạng thái', en: 'Publication status' } },
    { name: 'changeNote', type: 'textarea', label: { vi: 'Ghi chú thay đổi', en: 'Change note' } },
    {
      name: 'major',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Thay đổi quan trọng', en: 'Major change' },
      admin: { description: { vi: 'Phiên bản mới được đánh dấu quan trọng: gửi thông báo ngay.', en: 'A new version marked major: immediate alerts go out.' } },
    },
    { name: 'embargoUntil', type: 'date', label: { vi: 'Cấm đăng đến', en: 'Embargo until' } },
    { name: 'liftPending', type: 'checkbox', defaultValue: false, index: true, label: { vi: 'Chờ hết cấm đăng', en: 'Waiting for the embargo' } },
    { name: 'campaignSlug', type: 'text', index: true, label: { vi: 'Chiến dịch', en: 'Campaign' } },
    { name: 'topicSlugs', type: 'json', label: { vi: 'Chủ đề', en: 'Topics' } },
    { name: 'occurredAt', type: 'date', required: true, label: { vi: 'Thời điểm', en: 'Occurred at' } },
    { name: 'ninjs', type: 'json', required: true, label: { vi: 'Nội dung ninjs', en: 'ninjs item' } },
  ],
}
