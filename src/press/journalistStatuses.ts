/** Where a journalist's accreditation stands. Only `accredited` opens embargoed material. */
export const JOURNALIST_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ xét duyệt', en: 'Pending' } },
  { value: 'accredited', label: { vi: 'Đã cấp quyền', en: 'Accredited' } },
  { value: 'refused', label: { vi: 'Từ chối', en: 'Refused' } },
  { value: 'revoked', label: { vi: 'Đã thu hồi', en: 'Revoked' } },
] as const
export type JournalistStatus = (typeof JOURNALIST_STATUSES)[number]['value']
