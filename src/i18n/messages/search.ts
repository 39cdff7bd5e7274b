import { defineMessages } from '../defineMessages'

/** The words of the site's search page. */
export const searchMessages = defineMessages({
  vi: {
    title: 'Tìm kiếm',
    label: 'Tìm trong chiến dịch, bài viết và tài liệu họp báo',
    hint: 'Có thể gõ không dấu, ví dụ: tre em.',
    submit: 'Tìm',
    tooShort: 'Hãy nhập ít nhất 2 chữ cái hoặc chữ số.',
    noResults: (q: string) => `Không tìm thấy kết quả nào cho “${q}”. Hãy thử từ khác hoặc ít từ hơn.`,
    count: (total: number, q: string) => `${total} kết quả cho “${q}”`,
    countOver: (window: number, q: string) =>
      `Hơn ${window} kết quả cho “${q}”: đây là ${window} kết quả phù hợp nhất trong số mới nhất. Thêm một từ để thu hẹp.`,
    results: 'Kết quả tìm kiếm',
    pastLastPage: 'Trang này không có kết quả.',
    firstPage: 'Về trang đầu',
    pagination: 'Các trang kết quả',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageOf: (page: number, pages: number) => `Trang ${page}/${pages}`,
    types: { article: 'Bài viết', campaign: 'Chiến dịch', 'briefing-pack': 'Tài liệu họp báo' },
  },
  en: {
    title: 'Search',
    label: 'Search campaigns, articles and briefing packs',
    hint: 'Vietnamese words can be typed without accents, e.g. tre em.',
    submit: 'Search',
    tooShort: 'Type at least 2 letters or digits.',
    noResults: (q: string) => `Nothing found for “${q}”. Try other or fewer words.`,
    count: (total: number, q: string) => `${total} ${total === 1 ? 'result' : 'results'} for “${q}”`,
    countOver: (window: number, q: string) =>
      `More than ${window} results for “${q}”: these are the best ${window} among the newest. Add a word to narrow the search.`,
    results: 'Search results',
    pastLastPage: 'There are no results on this page.',
    firstPage: 'Back to the first page',
    pagination: 'Result pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    types: { article: 'Article', campaign: 'Campaign', 'briefing-pack': 'Briefing pack' },
  },
})
