import { defineMessages } from '../defineMessages'

/** The 410 page of an item that was taken down: what a reader who follows an old link is told. */
export const withdrawalMessages = defineMessages({
  vi: {
    title: 'Nội dung đã được gỡ bỏ',
    body: 'Nội dung này đã được gỡ bỏ và không còn được phát hành.',
    item: 'Nội dung',
    at: 'Thời điểm gỡ bỏ',
    reason: 'Lý do',
  },
  en: {
    title: 'This content was withdrawn',
    body: 'This content has been withdrawn and is no longer published.',
    item: 'Item',
    at: 'Withdrawn at',
    reason: 'Reason',
  },
})
