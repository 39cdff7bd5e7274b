import { defineMessages } from '../defineMessages'

/** What a page says when an item is not written in the reader's language. */
export const contentLanguageMessages = defineMessages({
  vi: { label: 'Tiếng Việt', note: 'Nội dung này chỉ có bằng tiếng Việt.' },
  en: { label: 'Tiếng Việt', note: 'This item is published in Vietnamese only.' },
})
