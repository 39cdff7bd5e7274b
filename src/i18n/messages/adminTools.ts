import { defineMessages } from '../defineMessages'

/** The small tools of the admin's panels: revisions, digests, webhooks, mailing runs. */
export const adminToolMessages = defineMessages({
  vi: {
    publishedRevisions: 'Các phiên bản đã công bố',
    noRevision: 'Chưa công bố phiên bản nào.',
    diff: 'so sánh',
    consultationReport: 'Báo cáo lấy ý kiến',
    printVersion: 'Bản in',
    previewDigest: 'Xem trước bản tin',
    sendTestToMe: 'Gửi thử cho tôi',
    queuedAgain: 'Đã xếp hàng gửi lại.',
    sendAgain: 'Gửi lại',
    retryFailed: 'Gửi lại thư lỗi',
    requeued: (count: number) => `Đã xếp lại ${count} thư.`,
    testSent: (to: string) => `Đã gửi thư thử tới ${to}.`,
    codeParts: { chapter: 'Chương', article: 'Điều', clause: 'Khoản' },
  },
  en: {
    publishedRevisions: 'Published revisions',
    noRevision: 'No revision published yet.',
    diff: 'diff',
    consultationReport: 'Consultation report',
    printVersion: 'Print version',
    previewDigest: 'Preview the digest',
    sendTestToMe: 'Send a test to me',
    queuedAgain: 'Queued to send again.',
    sendAgain: 'Send again',
    retryFailed: 'Retry failed',
    requeued: (count: number) => `${count} queued again.`,
    testSent: (to: string) => `Test sent to ${to}.`,
    codeParts: { chapter: 'Chapter', article: 'Article', clause: 'Clause' },
  },
})
