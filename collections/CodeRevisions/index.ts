import type { CollectionConfig } from 'payload'

import { createFrozenRevision, readOfPublicCode } from '@/access/conductCodes'
import { nobody } from '@/access/isPressOffice'
import { CODE_STATUSES } from '@/consultation/codeStatuses'

/**
 * Frozen revisions of codes of conduct, one per publication. They are public records while
 * their code is public: written once by the freeze that publishing performs, never
 * changed or deleted.
 */
export const CodeRevisions: CollectionConfig = {
  slug: 'code-revisions',
  labels: { singular: { vi: 'Phiên bản đã công bố', en: 'Published revision' }, plural: { vi: 'Phiên bản đã công bố', en: 'Published revisions' } },
  admin: {
    useAsTitle: 'revision',
    defaultColumns: ['revision', 'code', 'status', 'publishedAt'],
    group: { vi: 'Quy tắc ứng xử', en: 'Code of conduct' },
    description: { vi: 'Chỉ đọc: mỗi lần xuất bản tạo một phiên bản.', en: 'Read-only: each publication freezes one revision.' },
  },
  access: { read: readOfPublicCode, create: createFrozenRevision, update: nobody, delete: nobody },
  indexes: [{ fields: ['code', 'revision'], unique: true }],
  defaultSort: '-publishedAt',
  fields: [
    { name: 'code', type: 'relationship', relationTo: 'conduct-codes', required: true, index: true, label: { vi: 'Bộ quy tắc', en: 'Code' } },
    { name: 'slug', type: 'text', required: true, index: true, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'revision', type: 'text', required: true, label: { vi: 'Phiên bản', en: 'Revision' } },
    {
      name: 'status',
      type: 'select',
      options: CODE_STATUSES.map((status) => ({ value: status.value, label: status.label })),
      label: { vi: 'Tình trạng', en: 'Status' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Công bố lúc', en: 'Published at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'diffView',
      type: 'ui',
      admin: { components: { Field: '/src/admin/consultation/RevisionDiffField#RevisionDiffField' } },
    },
    // Read through the public revision page and the diff above; the raw JSON editor would only invite edits.
    { name: 'snapshot', type: 'json', required: true, label: { vi: 'Nội dung đã đóng băng', en: 'Frozen content' }, admin: { hidden: true } },
  ],
}
