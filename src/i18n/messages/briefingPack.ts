import { defineMessages } from '../defineMessages'

/**
 * The words of a briefing pack's body, the same on the site's page, in the bundle's fact
 * sheet and in the ninjs body agencies receive.
 */
export const briefingPackMessages = defineMessages({
  vi: {
    keyFacts: 'Số liệu chính',
    source: 'Nguồn',
    asOf: 'tính đến',
    talkingPoints: 'Điểm nhấn',
    qa: 'Hỏi và đáp',
    spokespeople: 'Người phát ngôn',
    phone: 'Điện thoại',
    email: 'Email',
    documents: 'Tài liệu',
    images: 'Hình ảnh',
  },
  en: {
    keyFacts: 'Key facts',
    source: 'Source',
    asOf: 'as of',
    talkingPoints: 'Talking points',
    qa: 'Questions and answers',
    spokespeople: 'Spokespeople',
    phone: 'Phone',
    email: 'Email',
    documents: 'Documents',
    images: 'Images',
  },
})
