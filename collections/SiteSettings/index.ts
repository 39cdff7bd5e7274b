import type { GlobalConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { validatePhone, validateYearsInOrder } from '../editorial/validators'
import { publishSettings } from './hooks/publishSettings'

/**
 * The ministry's identity, set by an admin and used wherever the newsroom names itself: the
 * admin's login screen and navigation, the site's header and footer, mail and OpenGraph
 * images. Read by everyone: it is what the public site shows.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Nhận diện của trang', en: 'Site identity' },
  admin: { group: { vi: 'Quản trị', en: 'Administration' } },
  access: { read: () => true, update: isAdmin },
  hooks: { afterChange: [publishSettings] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, maxLength: 120, label: { vi: 'Tên trang', en: 'Site name' } },
    { name: 'tagline', type: 'textarea', localized: true, maxLength: 300, label: { vi: 'Khẩu hiệu', en: 'Tagline' } },
    { name: 'organisation', type: 'text', localized: true, maxLength: 200, label: { vi: 'Cơ quan chủ quản', en: 'Organisation' } },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { like: 'image/' } },
      label: { vi: 'Biểu trưng', en: 'Logo' },
      admin: {
        description: {
          vi: 'Hiện ở trang đăng nhập, thanh điều hướng, đầu trang và ảnh chia sẻ.',
          en: 'Shown on the sign-in screen, in the navigation, the site header and share images.',
        },
      },
    },
    { name: 'programmeName', type: 'text', localized: true, maxLength: 300, label: { vi: 'Tên chương trình', en: 'Programme name' } },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'number', min: 2000, max: 2100, label: { vi: 'Từ năm', en: 'From year' } },
        { name: 'periodEnd', type: 'number', min: 2000, max: 2100, validate: validateYearsInOrder, label: { vi: 'Đến năm', en: 'To year' } },
      ],
    },
    {
      name: 'helplines',
      type: 'array',
      label: { vi: 'Đường dây nóng', en: 'Helplines' },
      labels: { singular: { vi: 'Đường dây', en: 'Helpline' }, plural: { vi: 'Đường dây nóng', en: 'Helplines' } },
      maxRows: 10,
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
        { name: 'phone', type: 'text', required: true, validate: validatePhone, label: { vi: 'Số điện thoại', en: 'Phone' } },
      ],
    },
  ],
}
