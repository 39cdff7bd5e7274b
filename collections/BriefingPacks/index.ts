import type { CollectionConfig } from 'payload'

import { editorialAccess, editorialAdminComponents, editorialVersions } from '../editorial/access'
import { editorialFields, slugField } from '../editorial/fields'
import { editorialLivePreview, previewLinksField } from '../editorial/livePreview'
import { editorialHooks } from '../editorial/hooks'
import { validateEmail, validateHttpUrl, validatePhone } from '../editorial/validators'
import { DOCUMENT_MIME_TYPES } from '../Media/mimeTypes'

const BEATS = [
  { value: 'it', label: { vi: 'Công nghệ thông tin', en: 'IT' } },
  { value: 'child-protection', label: { vi: 'Bảo vệ trẻ em', en: 'Child protection' } },
  { value: 'education', label: { vi: 'Giáo dục', en: 'Education' } },
  { value: 'law', label: { vi: 'Pháp luật', en: 'Law' } },
]

/** Press-briefing packs for reporters, editors and journalists. */
export const BriefingPacks: CollectionConfig = {
  slug: 'briefing-packs',
  labels: { singular: { vi: 'Tài liệu họp báo', en: 'Briefing pack' }, plural: { vi: 'Tài liệu họp báo', en: 'Briefing packs' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'stage', 'embargoUntil', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    components: editorialAdminComponents,
    livePreview: editorialLivePreview('briefing-packs'),
  },
  access: editorialAccess('briefing-pack'),
  versions: editorialVersions,
  hooks: editorialHooks('title'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField,
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, label: { vi: 'Chiến dịch', en: 'Campaign' } },
    {
      name: 'keyFacts',
      type: 'array',
      label: { vi: 'Số liệu chính', en: 'Key facts' },
      labels: { singular: { vi: 'Số liệu', en: 'Key fact' }, plural: { vi: 'Số liệu chính', en: 'Key facts' } },
      fields: [
        { name: 'statement', type: 'text', required: true, localized: true, label: { vi: 'Nội dung', en: 'Statement' } },
        { name: 'figure', type: 'text', label: { vi: 'Số liệu', en: 'Figure' } },
        { name: 'source', type: 'text', required: true, localized: true, label: { vi: 'Nguồn', en: 'Source' } },
        { name: 'sourceUrl', type: 'text', validate: validateHttpUrl, label: { vi: 'Đường dẫn nguồn', en: 'Source URL' } },
        { name: 'asOf', type: 'date', label: { vi: 'Tính đến ngày', en: 'As of' } },
      ],
    },
    {
      name: 'talkingPoints',
      type: 'array',
      label: { vi: 'Điểm nhấn khi trao đổi', en: 'Talking points' },
      labels: { singular: { vi: 'Điểm nhấn', en: 'Talking point' }, plural: { vi: 'Điểm nhấn khi trao đổi', en: 'Talking points' } },
      fields: [{ name: 'point', type: 'textarea', required: true, localized: true, label: { vi: 'Nội dung', en: 'Point' } }],
    },
    {
      name: 'qa',
      type: 'array',
      label: { vi: 'Hỏi – đáp', en: 'Q&A' },
      labels: { singular: { vi: 'Câu hỏi', en: 'Question' }, plural: { vi: 'Hỏi – đáp', en: 'Q&A' } },
      fields: [
        { name: 'question', type: 'text', required: true, localized: true, label: { vi: 'Câu hỏi', en: 'Question' } },
        { name: 'answer', type: 'textarea', required: true, localized: true, label: { vi: 'Trả lời', en: 'Answer' } },
      ],
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { in: DOCUMENT_MIME_TYPES } },
      label: { vi: 'Tài liệu (PDF, DOCX, XLSX, PPTX)', en: 'Documents (PDF, DOCX, XLSX, PPTX)' },
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { like: 'image/' } },
      label: { vi: 'Hình ảnh', en: 'Images' },
    },
    {
      name: 'spokespeople',
      type: 'array',
      label: { vi: 'Người phát ngôn', en: 'Spokespeople' },
      labels: { singular: { vi: 'Người phát ngôn', en: 'Spokesperson' }, plural: { vi: 'Người phát ngôn', en: 'Spokespeople' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên', en: 'Name' } },
        { name: 'role', type: 'text', localized: true, label: { vi: 'Chức vụ', en: 'Role' } },
        { name: 'phone', type: 'text', validate: validatePhone, label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'text', validate: validateEmail, label: { vi: 'Email', en: 'Email' } },
      ],
    },
    { name: 'beats', type: 'select', hasMany: true, options: BEATS, label: { vi: 'Mảng phụ trách', en: 'Beats' } },
    ...editorialFields,
    previewLinksField,
  ],
}
