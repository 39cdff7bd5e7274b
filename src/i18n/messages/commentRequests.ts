import { defineMessages } from '../defineMessages'

/** What a member of the public is told about a comment on a draft code of conduct, field by field. */
export const commentRequestMessages = defineMessages({
  vi: {
    notAnObject: 'Hãy gửi một đối tượng JSON gồm name, email, group, text và consent.',
    nameRequired: 'Cần ghi họ tên; họ tên không bao giờ được công bố.',
    nameTooLong: 'Họ tên dài hơn 200 ký tự.',
    emailRequired: 'Cần ghi địa chỉ email; email không bao giờ được công bố.',
    emailShape: 'Phải là một địa chỉ email, ví dụ ten@example.vn.',
    groupRequired: (groups: string) => `Hãy cho biết bạn là ai, một trong: ${groups}.`,
    organisationTooLong: 'Tên tổ chức dài hơn 200 ký tự.',
    textEmpty: 'Góp ý đang để trống.',
    textTooLong: (length: number, limit: number) => `Góp ý dài ${length} ký tự; giới hạn là ${limit}.`,
    consentRequired: 'Hãy đánh dấu ô đồng ý: góp ý được công bố (không kèm họ tên hay email) và được trả lời công khai.',
    clauseAsText: 'Hãy ghi điều khoản dưới dạng chữ: mã điều khoản hoặc số như I.1.2, hoặc bỏ trống để góp ý cho cả bộ quy tắc.',
    noClause: (wanted: string) =>
      `Phiên bản đang lấy ý kiến không có điều khoản "${wanted}": hãy ghi mã hoặc số điều khoản như I.1.2, hoặc bỏ trống để góp ý cho cả bộ quy tắc.`,
    notAnnounced: 'Bộ quy tắc này không nhận góp ý: chưa có đợt lấy ý kiến nào được công bố.',
    notOpenYet: (window: string, iso: string) => `Đợt lấy ý kiến chưa mở: diễn ra ${window} [${iso}].`,
    closed: (window: string, iso: string) => `Đợt lấy ý kiến đã kết thúc: diễn ra ${window} [${iso}].`,
    duplicate: 'Góp ý này trùng hoặc gần trùng với một góp ý đã nhận cho bộ quy tắc này.',
    tooLarge: (kilobytes: number) => `Nội dung gửi lên lớn hơn ${kilobytes} KB.`,
    notJson:
      'Nội dung gửi lên không phải JSON hợp lệ: hãy gửi một đối tượng như {"name":"…","email":"…","group":"parent","text":"…","consent":true,"clause":"I.1.2"}.',
    accepted: 'Cảm ơn bạn: góp ý đang chờ kiểm duyệt và sẽ được đăng sau khi biên tập viên đọc.',
  },
  en: {
    notAnObject: 'Send a JSON object with name, email, group, text and consent.',
    nameRequired: 'Your name is required; it is never published.',
    nameTooLong: 'The name is longer than 200 characters.',
    emailRequired: 'Your email address is required; it is never published.',
    emailShape: 'Must be an email address, such as ten@example.vn.',
    groupRequired: (groups: string) => `Say who you are, one of: ${groups}.`,
    organisationTooLong: 'The organisation is longer than 200 characters.',
    textEmpty: 'The comment is empty.',
    textTooLong: (length: number, limit: number) => `The comment is ${length} characters long; the limit is ${limit}.`,
    consentRequired: 'Tick the consent box: comments are published (without your name or email) and answered in public.',
    clauseAsText: 'Give the clause as text: a clause id or a number such as I.1.2, or leave it out to comment on the whole code.',
    noClause: (wanted: string) =>
      `No clause "${wanted}" in the revision open for comment: give a clause id or number such as I.1.2, or leave it out to comment on the whole code.`,
    notAnnounced: 'This code is not open for comment: no consultation has been announced.',
    notOpenYet: (window: string, iso: string) => `The consultation has not opened yet: it runs ${window} [${iso}].`,
    closed: (window: string, iso: string) => `The consultation is closed: it ran ${window} [${iso}].`,
    duplicate: 'This comment is the same as, or nearly the same as, one already received on this code.',
    tooLarge: (kilobytes: number) => `The body is larger than ${kilobytes} KB.`,
    notJson: 'The body is not valid JSON: send an object such as {"name":"…","email":"…","group":"parent","text":"…","consent":true,"clause":"I.1.2"}.',
    accepted: 'Thank you: your comment waits for moderation and is published once an editor has read it.',
  },
})
