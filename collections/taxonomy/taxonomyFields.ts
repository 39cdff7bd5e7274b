import type { Field } from 'payload'

/** Name, slug and description shared by the seeded taxonomies (topics, audiences). */
export const taxonomyFields: Field[] = [
  { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
  {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    label: { vi: 'Đường dẫn', en: 'Slug' },
    admin: { position: 'sidebar', description: { vi: 'Dùng trong địa chỉ và bộ lọc nguồn tin.', en: 'Used in addresses and feed filters.' } },
  },
  { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
]
