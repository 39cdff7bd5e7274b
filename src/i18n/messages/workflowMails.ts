import { defineMessages } from '../defineMessages'

/** The workflow's mails to the next people in line, in each recipient's mail language. */
export const workflowMailMessages = defineMessages({
  vi: {
    subject: { submit: 'Chờ duyệt', request_changes: 'Cần chỉnh sửa', assign: 'Được giao duyệt' },
    openInAdmin: (link: string) => `Mở trong trang quản trị: ${link}`,
  },
  en: {
    subject: { submit: 'Awaiting review', request_changes: 'Changes requested', assign: 'Assigned to you for review' },
    openInAdmin: (link: string) => `Open in the admin: ${link}`,
  },
})
