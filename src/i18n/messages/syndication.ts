import { defineMessages } from '../defineMessages'

/** What the feeds and the ninjs items say of the newsroom itself, around the ministry's identity. */
export const syndicationMessages = defineMessages({
  vi: {
    feedDescription: (programme: string) => `Tin bài, chiến dịch và tài liệu họp báo của ${programme}.`,
    usageTerms: (holder: string) => `Được phép đăng lại miễn phí, ghi rõ nguồn ${holder}. Ảnh dùng theo điều kiện ghi kèm từng ảnh.`,
  },
  en: {
    feedDescription: (programme: string) => `Articles, campaigns and briefing packs of the ${programme}.`,
    usageTerms: (holder: string) => `Free to republish with credit to the ${holder}. Images are used under the terms given with each image.`,
  },
})
