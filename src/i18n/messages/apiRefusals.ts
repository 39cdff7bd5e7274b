import { defineMessages } from '../defineMessages'

/**
 * Why the content API, the feeds, the bundles, the code-of-conduct endpoints and Payload's
 * REST API turned a request away. Backticks name a parameter exactly as the client sends it.
 */
export const apiRefusalMessages = defineMessages({
  vi: {
    apiKeyRequired: 'Cần một khoá API hợp lệ: gửi header `Authorization: agencies API-Key <khoá>`.',
    agencyInactive: 'Cơ quan này đang bị tạm dừng: hãy đề nghị phòng báo chí kích hoạt lại.',
    typeNotAllowed: (types: string) => `Cơ quan này không được nhận ${types}.`,
    itemIdShape: 'Mã mục phải có dạng article-42-vi: một loại, một số và một ngôn ngữ.',
    noItem: (id: string) => `Không có mục ${id}.`,
    giveOnce: (field: string) => `Chỉ ghi \`${field}\` một lần.`,
    slugShape: (field: string) => `\`${field}\` phải là một slug như "an-toan-tren-mang" (chữ thường, chữ số và dấu gạch nối).`,
    unknownParameter: (name: string) => `Không có tham số \`${name}\`: hãy dùng since, limit, type, lang, topic hoặc campaign.`,
    limitRange: '`limit` phải là một số nguyên từ 1 đến 100.',
    unknownType: (value: string) =>
      `Không có \`type\` "${value}": hãy dùng article, campaign hoặc briefing-pack, hoặc danh sách các loại này cách nhau bằng dấu phẩy.`,
    langValue: '`lang` phải là vi hoặc en.',
    badCursor: 'Con trỏ trong `since` không do API này cấp: hãy dùng nguyên giá trị `next` đã nhận.',
    feedLanguages: 'Nguồn tin chỉ có cho vi và en.',
    feedFormats: 'Nguồn tin có dạng atom.xml, rss.xml và feed.json.',
    noBriefingPack: (slug: string) => `Không có bộ tài liệu họp báo "${slug}".`,
    briefingPackWithdrawn: (slug: string) => `Bộ tài liệu họp báo "${slug}" đã bị gỡ.`,
    noCode: (slug: string) => `Không có bộ quy tắc ứng xử đã công bố "${slug}".`,
    giveRevision: (field: string, example: string) => `Hãy ghi nhãn phiên bản trong ${field}, ví dụ ${example}.`,
    noRevision: (label: string, slug: string, labels: string) => `Không có phiên bản "${label}" của ${slug}: các phiên bản đã công bố là ${labels}.`,
    notFound: 'Không tìm thấy.',
    serverError: 'Máy chủ gặp sự cố; vui lòng thử lại.',
    noRoute: (path: string) => `Không có đường dẫn API "${path}".`,
    unknownError: 'Đã xảy ra một lỗi không rõ nguyên nhân.',
  },
  en: {
    apiKeyRequired: 'A valid API key is required: send the header `Authorization: agencies API-Key <key>`.',
    agencyInactive: 'This agency is not active: ask the press office to reactivate it.',
    typeNotAllowed: (types: string) => `This agency does not receive ${types}.`,
    itemIdShape: 'The item id must look like article-42-vi: a type, a number and a language.',
    noItem: (id: string) => `No item ${id}.`,
    giveOnce: (field: string) => `Give \`${field}\` once.`,
    slugShape: (field: string) => `\`${field}\` must be a slug such as "an-toan-tren-mang" (lower-case letters, digits and hyphens).`,
    unknownParameter: (name: string) => `Unknown parameter \`${name}\`: use since, limit, type, lang, topic or campaign.`,
    limitRange: '`limit` must be a whole number from 1 to 100.',
    unknownType: (value: string) => `Unknown \`type\` "${value}": use article, campaign or briefing-pack, or a comma list of them.`,
    langValue: '`lang` must be vi or en.',
    badCursor: 'The cursor in `since` is not one this API gave out: use a `next` value unchanged.',
    feedLanguages: 'Feeds exist for vi and en.',
    feedFormats: 'Feeds are atom.xml, rss.xml and feed.json.',
    noBriefingPack: (slug: string) => `No briefing pack "${slug}".`,
    briefingPackWithdrawn: (slug: string) => `The briefing pack "${slug}" has been withdrawn.`,
    noCode: (slug: string) => `No published code of conduct "${slug}".`,
    giveRevision: (field: string, example: string) => `Give a revision label in ${field}, such as ${example}.`,
    noRevision: (label: string, slug: string, labels: string) => `No revision "${label}" of ${slug}: published revisions are ${labels}.`,
    notFound: 'Not found.',
    serverError: 'Something went wrong on our side; please try again.',
    noRoute: (path: string) => `Route not found "${path}".`,
    unknownError: 'An unknown error occurred.',
  },
})
