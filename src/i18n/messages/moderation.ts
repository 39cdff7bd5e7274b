import { defineMessages } from '../defineMessages'

/** Why a moderator's change to a public comment was refused. */
export const moderationMessages = defineMessages({
  vi: {
    rejectionNeedsReason: 'Góp ý bị từ chối cần có lý do.',
    publishBeforeAnswering: 'Chỉ trả lời góp ý đã đăng: hãy đăng góp ý trước.',
    answerNeedsDisposition: 'Câu trả lời cần có hướng xử lý: tiếp thu, tiếp thu một phần, không tiếp thu hoặc ngoài phạm vi.',
    answerNeedsReply: 'Câu trả lời cần có nội dung trả lời.',
    nameLaterRevision: 'Hãy ghi phiên bản sau chứa các điều khoản, ví dụ v0.2.',
    noRevision: (revision: string) => `Bộ quy tắc này không có phiên bản đã công bố ${revision}.`,
    notLater: (linked: string, commented: string) => `Phiên bản ${linked} không mới hơn ${commented}, phiên bản được góp ý.`,
    noClause: (clause: string, revision: string) => `Phiên bản ${revision} không có điều khoản ${clause}.`,
  },
  en: {
    rejectionNeedsReason: 'A rejected comment needs a reason.',
    publishBeforeAnswering: 'Only published comments are answered: publish the comment first.',
    answerNeedsDisposition: 'An answer needs a disposition: accepted, partly accepted, not accepted or out of scope.',
    answerNeedsReply: 'An answer needs a reply.',
    nameLaterRevision: 'Name the later revision the clauses belong to, such as v0.2.',
    noRevision: (revision: string) => `No published revision ${revision} of this code.`,
    notLater: (linked: string, commented: string) => `Revision ${linked} is not later than ${commented}, the one commented on.`,
    noClause: (clause: string, revision: string) => `No clause ${clause} in revision ${revision}.`,
  },
})
