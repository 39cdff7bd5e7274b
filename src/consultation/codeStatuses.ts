import type { CodeStatus } from './snapshot/types'

/** Where a code of conduct stands, in the order it usually moves. */
export const CODE_STATUSES: ReadonlyArray<{ value: CodeStatus; label: { vi: string; en: string } }> = [
  { value: 'drafting', label: { vi: 'Đang soạn thảo', en: 'Drafting' } },
  { value: 'consultation', label: { vi: 'Đang lấy ý kiến', en: 'Consultation' } },
  { value: 'revising', label: { vi: 'Đang chỉnh lý', en: 'Revising' } },
  { value: 'submitted', label: { vi: 'Đã trình', en: 'Submitted' } },
  { value: 'promulgated', label: { vi: 'Đã ban hành', en: 'Promulgated' } },
]

export const isCodeStatus = (value: unknown): value is CodeStatus => CODE_STATUSES.some((status) => status.value === value)
