import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/isPublic'
import { adminOnlyWrites, programmeGroup } from '../programmeGroup'

export const ProgrammeTasks: CollectionConfig = {
  slug: 'programme-tasks',
  labels: { singular: { vi: 'Nhiệm vụ', en: 'Programme task' }, plural: { vi: 'Nhiệm vụ', en: 'Programme tasks' } },
  admin: { useAsTitle: 'label', defaultColumns: ['number', 'label', 'host', 'due', 'inScope'], group: programmeGroup },
  defaultSort: 'number',
  access: { read: anyone, ...adminOnlyWrites },
  fields: [
    { name: 'number', type: 'number', required: true, unique: true, min: 1, label: { vi: 'Số', en: 'Number' } },
    { name: 'label', type: 'text', required: true, localized: true, label: { vi: 'Nhãn', en: 'Label' } },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      label: { vi: 'Nội dung nhiệm vụ', en: 'Task' },
      admin: {
        description: {
          vi: 'Theo văn bản quyết định; có thể chưa có bản tiếng Việt.',
          en: 'As in the decision; a language may be missing where the source has none.',
        },
      },
    },
    { name: 'host', type: 'relationship', relationTo: 'institutions', required: true, label: { vi: 'Đơn vị chủ trì', en: 'Host institution' } },
    {
      name: 'coordination',
      type: 'relationship',
      relationTo: 'institutions',
      hasMany: true,
      label: { vi: 'Đơn vị phối hợp', en: 'Coordinating institutions' },
    },
    {
      name: 'due',
      type: 'text',
      required: true,
      label: { vi: 'Thời hạn', en: 'Due' },
      admin: {
        description: { vi: 'Ví dụ 2021-Q2, hoặc "regularly" cho nhiệm vụ thường xuyên.', en: 'For example 2021-Q2, or "regularly" for standing tasks.' },
      },
    },
    {
      name: 'inScope',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Thuộc phạm vi hệ thống', en: 'Served by this system' },
      admin: { description: { vi: 'Các nhiệm vụ 5, 6, 7 và 9 do hệ thống này hỗ trợ.', en: 'Tasks 5, 6, 7 and 9 are the ones this system serves.' } },
    },
  ],
}
