import { formatDateTime } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

/** The bundle's own words; the section names are the pack page's (src/i18n/pageCopy.ts). */
export const BUNDLE_COPY = {
  vi: {
    factSheet: 'Bản tin tóm tắt',
    campaign: 'Chiến dịch',
    onlineVersion: 'Bản trực tuyến',
    generatedAt: 'Tạo',
    role: 'Chức vụ',
    file: 'Tệp',
    description: 'Mô tả',
    size: 'Dung lượng',
    caption: 'Chú thích',
    credit: 'Nguồn / tác giả',
    usageTerms: 'Điều kiện sử dụng',
    originalName: 'Tên tệp gốc',
    notIncluded: 'không có trong gói (thiếu tệp trên máy chủ)',
    creditsTitle: 'Nguồn và điều kiện sử dụng ảnh',
    timeZone: 'giờ Việt Nam',
  },
  en: {
    factSheet: 'Fact sheet',
    campaign: 'Campaign',
    onlineVersion: 'Online version',
    generatedAt: 'Generated',
    role: 'Role',
    file: 'File',
    description: 'Description',
    size: 'Size',
    caption: 'Caption',
    credit: 'Credit',
    usageTerms: 'Usage terms',
    originalName: 'Original file name',
    notIncluded: 'not in this bundle (file missing on the server)',
    creditsTitle: 'Image credits and usage terms',
    timeZone: 'Viet Nam time',
  },
} as const satisfies Record<Lang, Record<string, string>>

/** Dates as a reader in Viet Nam reads them, whatever the server's time zone. */
export const formatTime = (iso: string, lang: Lang) => formatDateTime(iso, lang)

export const formatSize = (bytes: number | null | undefined) => {
  if (!bytes) return ''
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}
