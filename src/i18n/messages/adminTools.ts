import { defineMessages } from '../defineMessages'

/** The small tools of the admin's panels: revisions, digests, webhooks, mailing runs. */
export const adminToolMessages = defineMessages({
  vi: {
    publishedRevisions: 'Các phiên bản đã công bố',
    readRevision: 'Đọc toàn văn phiên bản này',
    firstRevision: 'Phiên bản đầu tiên: chưa có gì để so sánh.',
    comparedWith: (revision: string) => `So sánh với ${revision}`,
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
    stableId: {
      label: 'Mã cố định',
      description:
        'Mã cố định của phần này, do hệ thống đặt: giữ nguyên khi sắp xếp lại hay đánh số lại, để liên kết và góp ý luôn trỏ đúng chỗ. Không cần sửa.',
    },
  },
  en: {
    publishedRevisions: 'Published revisions',
    readRevision: 'Read this revision in full',
    firstRevision: 'The first revision: nothing to compare with yet.',
    comparedWith: (revision: string) => `Compared with ${revision}`,
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
    stableId: {
      label: 'Stable id',
      description:
        "This part's stable id, set by the system: kept when parts are reordered or renumbered, so links and comments keep pointing at it. Nothing to edit.",
    },
  },
})
