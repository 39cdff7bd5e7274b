import type { ChangeStatus } from './clauseHistory'

/** The report's own words, shared by the page and the CSV so both say the same thing. */
export const CHANGE_STATUSES: ReadonlyArray<{ value: ChangeStatus; label: { vi: string; en: string } }> = [
  { value: 'changed', label: { vi: 'Đã sửa', en: 'Changed' } },
  { value: 'moved', label: { vi: 'Đã chuyển vị trí', en: 'Moved' } },
  { value: 'removed', label: { vi: 'Đã bỏ', en: 'Removed' } },
  { value: 'unchanged', label: { vi: 'Giữ nguyên', en: 'Unchanged' } },
]

export const REPORT_WORDS = {
  vi: {
    wholeCode: 'Toàn bộ quy tắc',
    unanswered: 'Chưa trả lời',
    since: 'từ phiên bản',
    changesIn: 'thay đổi ở phiên bản',
    linkedIn: 'Đã sửa trong',
    removedClause: 'đã bỏ khỏi phiên bản hiện hành',
  },
  en: {
    wholeCode: 'Whole code',
    unanswered: 'Unanswered',
    since: 'since revision',
    changesIn: 'changes in revision',
    linkedIn: 'Changed in',
    removedClause: 'removed from the current revision',
  },
} as const
