import { defineMessages } from '../defineMessages'

/** The programme year's report panel in the admin: submitting the report and starting next year. */
export const programmeAdminMessages = defineMessages({
  vi: {
    panelTitle: 'Báo cáo tổng kết',
    submit: 'Đánh dấu đã nộp báo cáo',
    submitHeading: 'Đánh dấu báo cáo đã nộp?',
    submitBody: (year: number) =>
      `Một bản báo cáo năm ${year} sẽ được lưu cố định (tiếng Việt và tiếng Anh). Sau đó phần báo cáo không sửa được nữa và thư nhắc hạn dừng lại.`,
    submitted: (time: string) => `Đã nộp báo cáo lúc ${time}. Phần báo cáo đã được khoá.`,
    frozenCopy: 'Bản đã nộp:',
    copyForward: (year: number) => `Chép nhiệm vụ sang năm ${year}`,
    copyHeading: (year: number) => `Tạo năm chương trình ${year}?`,
    copyBody: (from: number, to: number) =>
      `Năm ${to} sẽ được tạo với các nhiệm vụ của năm ${from} (nội dung, đơn vị, mục tiêu, người phụ trách; không chép mốc và tiến độ). Hạn báo cáo mặc định là trước ngày 25/12/${to}.`,
    decisionNumber: (year: number) => `Số quyết định năm ${year}`,
    decisionNumberHint: 'Ví dụ 1234/QĐ-BTTTT',
    copied: (count: number, year: number) => `Đã tạo năm ${year} với ${count} nhiệm vụ.`,
    openYear: (year: number) => `Mở năm ${year}`,
    confirm: 'Xác nhận',
    cancel: 'Huỷ',
    working: 'Đang xử lý…',
    failed: (status: number) => `Không thực hiện được (HTTP ${status}).`,
  },
  en: {
    panelTitle: 'Year-end report',
    submit: 'Mark the report submitted',
    submitHeading: 'Mark the report submitted?',
    submitBody: (year: number) =>
      `A copy of the ${year} report will be frozen (in Vietnamese and English). After that the report's fields can no longer be changed and the deadline reminders stop.`,
    submitted: (time: string) => `Report submitted at ${time}. Its fields are now locked.`,
    frozenCopy: 'Submitted copy:',
    copyForward: (year: number) => `Copy tasks forward to ${year}`,
    copyHeading: (year: number) => `Create programme year ${year}?`,
    copyBody: (from: number, to: number) =>
      `Year ${to} will be created with the tasks of ${from} (text, institutions, objectives and owners; not milestones or progress). Its report is due before 25/12/${to} by default.`,
    decisionNumber: (year: number) => `Decision number for ${year}`,
    decisionNumberHint: 'For example 1234/QĐ-BTTTT',
    copied: (count: number, year: number) => `Year ${year} created with ${count} tasks.`,
    openYear: (year: number) => `Open ${year}`,
    confirm: 'Confirm',
    cancel: 'Cancel',
    working: 'Working…',
    failed: (status: number) => `That did not work (HTTP ${status}).`,
  },
})
