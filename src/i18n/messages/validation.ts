import { defineMessages } from '../defineMessages'

/** Why a field's value is refused, in the words of the person who typed it. */
export const validationMessages = defineMessages({
  vi: {
    httpUrl: 'Phải là địa chỉ http(s).',
    fullUrl: 'Phải là địa chỉ đầy đủ, ví dụ https://example.vn/trang.',
    endBeforeStart: 'Ngày kết thúc không được trước ngày bắt đầu.',
    phone: 'Phải là số điện thoại, ví dụ 111 hoặc +84 24 1234 5678.',
    email: 'Phải là địa chỉ email, ví dụ ten@bao.vn.',
    emailRequired: 'Cần nhập địa chỉ email.',
    closesAtRequired: 'Cần có thời điểm kết thúc lấy ý kiến.',
    closesAfterOpens: 'Đợt lấy ý kiến phải kết thúc sau khi mở.',
    revisionRequired: 'Cần có nhãn phiên bản, ví dụ v0.1.',
    revisionLabel: 'Phải là nhãn phiên bản như v0.1 hoặc v1.0.',
    yearsInOrder: 'Năm kết thúc không được trước năm bắt đầu.',
    preferenceKey: 'key phải là tên một thiết lập: tối đa 255 ký tự, không có ký tự điều khiển.',
    changeNoteRequired: 'Thay đổi quan trọng cần có ghi chú thay đổi.',
    refusalNeedsReason: 'Từ chối cấp quyền cần có lý do để gửi cho nhà báo (trường decisionNote).',
    revocationNeedsReason: 'Thu hồi quyền cần có lý do để gửi cho nhà báo (trường decisionNote).',
    stillReferenced: (count: number, collection: string, field: string) =>
      `Chưa xoá được: còn ${count} mục «${collection}» cần mục này ở trường «${field}». Hãy đổi hoặc xoá các mục đó trước.`,
  },
  en: {
    httpUrl: 'Must be an http(s) URL.',
    fullUrl: 'Must be a full URL, such as https://example.vn/page.',
    endBeforeStart: 'The end date cannot be before the start date.',
    phone: 'Must be a phone number, such as 111 or +84 24 1234 5678.',
    email: 'Must be an email address, such as ten@bao.vn.',
    emailRequired: 'Required: an email address.',
    closesAtRequired: 'A closing time is required.',
    closesAfterOpens: 'The consultation must close after it opens.',
    revisionRequired: 'A revision label is required, such as v0.1.',
    revisionLabel: 'Must be a revision label such as v0.1 or v1.0.',
    yearsInOrder: 'The last year cannot come before the first.',
    preferenceKey: 'key must be the name of a setting: at most 255 characters, with no control characters.',
    changeNoteRequired: 'A major change needs a change note.',
    refusalNeedsReason: 'Refusing an accreditation needs a reason for the journalist (field: decisionNote).',
    revocationNeedsReason: 'Revoking an accreditation needs a reason for the journalist (field: decisionNote).',
    stillReferenced: (count: number, collection: string, field: string) =>
      `Not deleted: ${count} ${collection} still need this in "${field}". Change or delete them first.`,
  },
})
