import type { CollectionConfig } from 'payload'

import { readOfPublicCode } from '@/access/conductCodes'
import { hasRole } from '@/access/roles'
import { NEWSROOM_TIMEZONE, SUPPORTED_TIMEZONES } from '@/config/timezones'
import { validateClosesAfterOpens } from './validateClosesAfterOpens'

/**
 * A public consultation on a code: while it is open, anyone may comment. Its dates are
 * run by staff directly (not through review), so a consultation can be extended on the day.
 */
export const CodeConsultations: CollectionConfig = {
  slug: 'code-consultations',
  labels: { singular: { vi: 'Đợt lấy ý kiến', en: 'Consultation' }, plural: { vi: 'Đợt lấy ý kiến', en: 'Consultations' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'opensAt', 'closesAt'], group: { vi: 'Quy tắc ứng xử', en: 'Code of conduct' } },
  access: {
    read: readOfPublicCode,
    create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên đợt', en: 'Name' } },
    { name: 'code', type: 'relationship', relationTo: 'conduct-codes', required: true, index: true, label: { vi: 'Bộ quy tắc', en: 'Code' } },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          required: true,
          timezone: { defaultTimezone: NEWSROOM_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
          label: { vi: 'Mở lúc', en: 'Opens at' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'closesAt',
          type: 'date',
          required: true,
          validate: validateClosesAfterOpens,
          timezone: { defaultTimezone: NEWSROOM_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
          label: { vi: 'Đóng lúc', en: 'Closes at' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'intro', type: 'textarea', localized: true, label: { vi: 'Lời giới thiệu', en: 'Introduction' } },
  ],
}
