import { defineMessages } from '../defineMessages'

/** Mailing runs in the admin: what a run is called, and what its progress bar reads. */
export const mailRunMessages = defineMessages({
  vi: {
    kind: { daily: 'Bản tin ngày', weekly: 'Bản tin tuần', alert: 'Tin mới', correction: 'Gỡ bài' },
    title: (kind: string, about: string) => `${kind}: ${about}`,
    runKeyDescription: 'Mã hệ thống của đợt gửi: mỗi loại và kỳ chỉ có một đợt.',
    progress: {
      sent: (sent: number, expected: number) => `${sent}/${expected} đã gửi`,
      failed: (count: number) => `${count} lỗi`,
      suppressed: (count: number) => `${count} bỏ qua`,
      queued: 'đang chờ gửi',
      sending: 'đang gửi',
      completed: 'đã xong',
    },
  },
  en: {
    kind: { daily: 'Daily digest', weekly: 'Weekly digest', alert: 'New', correction: 'Withdrawn' },
    title: (kind: string, about: string) => `${kind}: ${about}`,
    runKeyDescription: "The run's system key: one run per kind and period.",
    progress: {
      sent: (sent: number, expected: number) => `${sent}/${expected} sent`,
      failed: (count: number) => `${count} failed`,
      suppressed: (count: number) => `${count} skipped`,
      queued: 'queued',
      sending: 'sending',
      completed: 'done',
    },
  },
})
