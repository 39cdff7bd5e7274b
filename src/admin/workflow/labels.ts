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

export const ACTION_LABELS: Record<string, Bilingual> = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  request_changes: { vi: 'Yêu cầu chỉnh sửa', en: 'Request changes' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  schedule: { vi: 'Lên lịch xuất bản', en: 'Schedule' },
  unschedule: { vi: 'Huỷ lịch', en: 'Unschedule' },
  withdraw: { vi: 'Rút bài', en: 'Withdraw' },
  reopen: { vi: 'Mở lại', en: 'Reopen' },
  publish_by_schedule: { vi: 'Xuất bản theo lịch', en: 'Published on schedule' },
}

export const label = (labels: Record<string, Bilingual>, key: string, language: string) =>
  labels[key]?.[language === 'vi' ? 'vi' : 'en'] ?? key
