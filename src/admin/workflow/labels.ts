type Bilingual = { vi: string; en: string }

export const STAGE_LABELS: Record<string, Bilingual> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Chờ duyệt', en: 'In review' },
  changes_requested: { vi: 'Cần chỉnh sửa', en: 'Changes requested' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Đã lên lịch', en: 'Scheduled' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
}

/** The live state, as the first half of the one status the admin shows. */
export const LIVE_LABELS: Record<string, Bilingual> = {
  unpublished: { vi: 'Chưa xuất bản', en: 'Not published' },
  scheduled: { vi: 'Đã lên lịch xuất bản', en: 'Scheduled' },
  published: { vi: 'Đang xuất bản', en: 'Live' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
}

/** The working copy, as the second half: for a new item it is the item; for a live one, its edit. */
const WORKING_LABELS_NEW: Record<string, Bilingual> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  in_review: { vi: 'chờ duyệt', en: 'in review' },
  changes_requested: { vi: 'cần chỉnh sửa', en: 'changes requested' },
  approved: { vi: 'đã duyệt', en: 'approved' },
}
const WORKING_LABELS_EDIT: Record<string, Bilingual> = {
  draft: { vi: 'bản sửa đang soạn', en: 'edit in draft' },
  in_review: { vi: 'bản sửa chờ duyệt', en: 'edit in review' },
  changes_requested: { vi: 'bản sửa cần chỉnh', en: 'edit needs changes' },
  approved: { vi: 'bản sửa đã duyệt', en: 'edit approved' },
}

export const ACTION_LABELS: Record<string, Bilingual> = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  request_changes: { vi: 'Yêu cầu chỉnh sửa', en: 'Request changes' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  schedule: { vi: 'Lên lịch xuất bản', en: 'Schedule' },
  unschedule: { vi: 'Huỷ lịch', en: 'Unschedule' },
  withdraw: { vi: 'Rút bài', en: 'Withdraw' },
  cancel_withdrawal: { vi: 'Huỷ lịch rút bài', en: 'Cancel the scheduled withdrawal' },
  reopen: { vi: 'Mở lại', en: 'Reopen' },
  discard: { vi: 'Bỏ các thay đổi', en: 'Discard changes' },
  assign: { vi: 'Giao người duyệt', en: 'Assign a reviewer' },
  publish_by_schedule: { vi: 'Xuất bản theo lịch', en: 'Published on schedule' },
}

export const label = (labels: Record<string, Bilingual>, key: string, language: string) =>
  labels[key]?.[language === 'vi' ? 'vi' : 'en'] ?? key

type Status = { live: string; working: string | null }

/** The one status of an item, e.g. "Đang xuất bản · bản sửa chờ duyệt", used by the panel, the header, the lists and the queue. */
export function statusText({ live, working }: Status, language: string): string {
  const first = label(LIVE_LABELS, live, language)
  if (!working) return first
  const isNew = live === 'unpublished' || live === 'scheduled'
  return `${first} · ${label(isNew ? WORKING_LABELS_NEW : WORKING_LABELS_EDIT, working, language)}`
}
