import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/isPublic'
import { adminOnlyWrites, programmeGroup } from '../programmeGroup'

export const Institutions: CollectionConfig = {
  slug: 'institutions',
  labels: { singular: { vi: 'Đơn vị', en: 'Institution' }, plural: { vi: 'Đơn vị', en: 'Institutions' } },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name'], group: programmeGroup },
  access: { read: anyone, ...adminOnlyWrites },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã', en: 'Code' },
      admin: { description: { vi: 'Mã viết tắt trong dữ liệu chương trình, ví dụ AIS.', en: 'Short code used in the programme data, e.g. AIS.' } },
    },
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
  ],
}
