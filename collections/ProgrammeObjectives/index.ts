import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/isPublic'
import { adminOnlyWrites, programmeGroup } from '../programmeGroup'

export const ProgrammeObjectives: CollectionConfig = {
  slug: 'programme-objectives',
  labels: { singular: { vi: 'Mục tiêu', en: 'Objective' }, plural: { vi: 'Mục tiêu', en: 'Objectives' } },
  admin: { useAsTitle: 'label', defaultColumns: ['number', 'label', 'text'], group: programmeGroup },
  defaultSort: 'number',
  access: { read: anyone, ...adminOnlyWrites },
  fields: [
    { name: 'number', type: 'number', required: true, unique: true, min: 1, label: { vi: 'Số', en: 'Number' } },
    { name: 'label', type: 'text', required: true, localized: true, label: { vi: 'Nhãn', en: 'Label' } },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      label: { vi: 'Nội dung', en: 'Text' },
      admin: {
        description: {
          vi: 'Theo văn bản quyết định; có thể chưa có bản tiếng Việt.',
          en: 'As in the decision; a language may be missing where the source has none.',
        },
      },
    },
  ],
}
