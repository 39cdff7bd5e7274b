/** Who a commenter says they are. The report counts comments by these groups. */
export const COMMENTER_GROUPS = [
  { value: 'parent', label: { vi: 'Cha mẹ', en: 'Parent' } },
  { value: 'teacher', label: { vi: 'Giáo viên', en: 'Teacher' } },
  { value: 'child', label: { vi: 'Trẻ em hoặc người trẻ', en: 'Child or young person' } },
  { value: 'press', label: { vi: 'Báo chí', en: 'Press' } },
  { value: 'business', label: { vi: 'Doanh nghiệp', en: 'Business' } },
  { value: 'civil-society', label: { vi: 'Tổ chức xã hội', en: 'Civil society' } },
  { value: 'public-body', label: { vi: 'Cơ quan nhà nước', en: 'Public body' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
] as const
export type CommenterGroup = (typeof COMMENTER_GROUPS)[number]['value']

/** How a comment was taken into account ("you said, we did"). */
export const DISPOSITIONS = [
  { value: 'accepted', label: { vi: 'Tiếp thu', en: 'Accepted' } },
  { value: 'partly-accepted', label: { vi: 'Tiếp thu một phần', en: 'Partly accepted' } },
  { value: 'not-accepted', label: { vi: 'Không tiếp thu', en: 'Not accepted' } },
  { value: 'out-of-scope', label: { vi: 'Ngoài phạm vi', en: 'Out of scope' } },
] as const
export type Disposition = (typeof DISPOSITIONS)[number]['value']

export const COMMENT_STATUSES = [
  { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Pending' } },
  { value: 'published', label: { vi: 'Đã đăng', en: 'Published' } },
  { value: 'rejected', label: { vi: 'Từ chối', en: 'Rejected' } },
] as const

export const COMMENT_MAX_CHARS = 5000

export const isCommenterGroup = (value: unknown): value is CommenterGroup => COMMENTER_GROUPS.some((group) => group.value === value)
export const labelOf = (list: ReadonlyArray<{ value: string; label: { vi: string; en: string } }>, value: unknown, lang: 'vi' | 'en'): string =>
  list.find((item) => item.value === value)?.label[lang] ?? String(value ?? '')
