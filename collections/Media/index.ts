import type { CollectionConfig } from 'payload'

import { mediaAccess, staffOnlyField } from '@/access/mediaAccess'
import { localMediaDir } from '@/config/paths'
import { cleanUploadFilename } from './cleanUploadFilename'
import { DOCUMENT_MIME_TYPES, IMAGE_MIME_TYPES } from './mimeTypes'
import { serveMediaFile } from './serveMediaFile'

const staffOnly = { read: staffOnlyField, create: staffOnlyField, update: staffOnlyField }

/**
 * Images and documents. Payload checks each upload's MIME type against its bytes (a
 * renamed executable is refused) and the size against MAX_UPLOAD_MB (413 above it).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Tệp', en: 'Media file' }, plural: { vi: 'Thư viện', en: 'Media' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'credit', 'depictsChild', 'updatedAt'], group: { vi: 'Nội dung', en: 'Content' } },
  access: mediaAccess,
  hooks: { beforeOperation: [cleanUploadFilename] },
  upload: {
    // With S3 configured, files go to the bucket instead (mediaStorage.ts, wired in payload.config.ts).
    staticDir: localMediaDir(),
    handlers: [serveMediaFile],
    mimeTypes: [...IMAGE_MIME_TYPES, ...DOCUMENT_MIME_TYPES],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, withoutEnlargement: true },
      { name: 'feature', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' } },
    { name: 'caption', type: 'textarea', localized: true, label: { vi: 'Chú thích', en: 'Caption' } },
    { name: 'credit', type: 'text', required: true, label: { vi: 'Nguồn / tác giả', en: 'Credit' } },
    { name: 'usageTerms', type: 'textarea', localized: true, label: { vi: 'Điều kiện sử dụng', en: 'Usage terms' } },
    {
      type: 'collapsible',
      label: { vi: 'Bảo vệ trẻ em', en: 'Safeguarding' },
      // Safeguarding facts are for staff: never in a public or agency answer, never queryable.
      fields: [
        {
          name: 'depictsChild',
          access: staffOnly,
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: { vi: 'Có hình ảnh trẻ em', en: 'Depicts a child' },
        },
        { name: 'consentRecorded', access: staffOnly, type: 'checkbox', defaultValue: false, label: { vi: 'Đã có sự đồng ý', en: 'Consent recorded' } },
        { name: 'consentReference', access: staffOnly, type: 'text', label: { vi: 'Số hồ sơ đồng ý', en: 'Consent reference' } },
        { name: 'consentExpiry', access: staffOnly, type: 'date', label: { vi: 'Hạn của sự đồng ý', en: 'Consent expiry' } },
      ],
    },
    {
      name: 'visibleFrom',
      type: 'date',
      index: true,
      // Kept by src/content/mediaUsage when the items that use the file go live or come down.
      access: { read: staffOnlyField, create: () => false, update: () => false },
      admin: { hidden: true },
      label: { vi: 'Công khai từ', en: 'Public from' },
    },
  ],
}
