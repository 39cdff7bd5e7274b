import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialAdminComponents, editorialVersions } from '../editorial/access'
import { editorialFields, slugField } from '../editorial/fields'
import { editorialLivePreview, previewLinksField } from '../editorial/livePreview'
import { editorialHooks } from '../editorial/hooks'
import { validateEndNotBeforeStart, validateHttpUrl, validatePhone } from '../editorial/validators'

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { vi: 'Chiến dịch', en: 'Campaign' }, plural: { vi: 'Chiến dịch', en: 'Campaigns' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'stage', 'startDate', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    components: editorialAdminComponents,
    livePreview: editorialLivePreview('campaigns'),
  },
  access: editorialAccess('campaign'),
  versions: editorialVersions,
  hooks: editorialHooks('title'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên chiến dịch', en: 'Title' } },
    slugField,
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    {
      name: 'keyMessages',
      type: 'array',
      label: { vi: 'Thông điệp chính', en: 'Key messages' },
      labels: { singular: { vi: 'Thông điệp', en: 'Key message' }, plural: { vi: 'Thông điệp chính', en: 'Key messages' } },
      fields: [{ name: 'message', type: 'text', required: true, localized: true, label: { vi: 'Thông điệp', en: 'Message' } }],
    },
    { name: 'audiences', type: 'relationship', relationTo: 'audiences', hasMany: true, label: { vi: 'Đối tượng', en: 'Audiences' } },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: { vi: 'Chủ đề', en: 'Topics' } },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { vi: 'Ngày bắt đầu', en: 'Start date' } },
        { name: 'endDate', type: 'date', validate: validateEndNotBeforeStart, label: { vi: 'Ngày kết thúc', en: 'End date' } },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh chính', en: 'Hero image' } },
    {
      name: 'callsToAction',
      type: 'array',
      label: { vi: 'Lời kêu gọi hành động', en: 'Calls to action' },
      labels: { singular: { vi: 'Lời kêu gọi', en: 'Call to action' }, plural: { vi: 'Lời kêu gọi hành động', en: 'Calls to action' } },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { vi: 'Nhãn', en: 'Label' } },
        { name: 'url', type: 'text', required: true, validate: validateHttpUrl, label: { vi: 'Địa chỉ', en: 'URL' } },
      ],
    },
    {
      name: 'helplines',
      type: 'array',
      label: { vi: 'Đường dây nóng', en: 'Helplines' },
      labels: { singular: { vi: 'Đường dây', en: 'Helpline' }, plural: { vi: 'Đường dây nóng', en: 'Helplines' } },
      defaultValue: [{ name: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em', phone: '111' }],
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
        { name: 'phone', type: 'text', required: true, validate: validatePhone, label: { vi: 'Số điện thoại', en: 'Phone' } },
      ],
    },
    ...editorialFields,
    previewLinksField,
  ],
}
