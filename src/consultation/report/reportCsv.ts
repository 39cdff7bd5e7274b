import { toCsv } from '@/audit/toCsv'
import { COMMENTER_GROUPS, DISPOSITIONS, labelOf } from '../comments/commentVocabulary'
import type { ConsultationReport, ReportReply, ReportRow } from './buildReport'
import { CHANGE_STATUSES, REPORT_WORDS } from './reportVocabulary'
import { type Lang } from '@/i18n/lang'

/** Headers name both languages, so one file serves a ministry desk in either; cells are in `lang`. */
export function reportCsvHeader(): string[] {
  return [
    'Clause / Khoản',
    'Clause id / Mã khoản',
    'Heading (vi) / Tiêu đề (vi)',
    'Heading (en) / Tiêu đề (en)',
    'Comments / Số góp ý',
    ...COMMENTER_GROUPS.map((group) => `${group.label.en} / ${group.label.vi}`),
    ...DISPOSITIONS.map((item) => `${item.label.en} / ${item.label.vi}`),
    `${REPORT_WORDS.en.unanswered} / ${REPORT_WORDS.vi.unanswered}`,
    'Changed since / Thay đổi từ',
    'Revisions changed in / Sửa trong phiên bản',
    'Replies / Trả lời',
  ]
}

/**
 * One CSV row per report row. Only what the public page shows goes in: comment excerpts and
 * answers, never who wrote them (the report has no names or emails to give).
 */
export function reportCsv(report: ConsultationReport, lang: Lang): string {
  return toCsv(
    reportCsvHeader(),
    report.rows.map((row) => csvRow(row, lang)),
  )
}

function csvRow(row: ReportRow, lang: Lang): unknown[] {
  const words = REPORT_WORDS[lang]
  const since = row.changedSince
  return [
    row.key === null ? words.wholeCode : `${row.number ?? ''}${row.removed ? ` (${words.removedClause})` : ''}`,
    row.key ?? '',
    row.key === null ? '' : row.heading.vi,
    row.key === null ? '' : row.heading.en,
    row.total,
    ...COMMENTER_GROUPS.map((group) => row.byGroup[group.value] ?? 0),
    ...DISPOSITIONS.map((item) => row.byDisposition[item.value] ?? 0),
    row.unanswered,
    since ? `${labelOf(CHANGE_STATUSES, since.status, lang)} (${words.since} ${since.since})` : '',
    since ? since.changedIn.join(', ') : '',
    row.replies.map((reply) => replyText(reply, lang)).join(' | '),
  ]
}

/** `#12 Parent: “excerpt” → Accepted: reply (Changed in 1.1: I.1.2)`. */
export function replyText(reply: ReportReply, lang: Lang): string {
  const words = REPORT_WORDS[lang]
  const said = `#${reply.commentId} ${labelOf(COMMENTER_GROUPS, reply.group, lang)}: “${reply.excerpt}”`
  if (!reply.disposition) return `${said} → ${words.unanswered}`
  // Line breaks in an answer would make a spreadsheet row tall and hard to scan.
  const answer = reply.reply?.[lang] ? `: ${reply.reply[lang].replace(/\s+/g, ' ').trim()}` : ''
  const linked = reply.linkedRevision && reply.linkedClauses.length > 0 ? ` (${words.linkedIn} ${reply.linkedRevision}: ${reply.linkedClauses.join(', ')})` : ''
  return `${said} → ${labelOf(DISPOSITIONS, reply.disposition, lang)}${answer}${linked}`
}
