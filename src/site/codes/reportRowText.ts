import { labelOf } from '@/consultation/comments/commentVocabulary'
import type { ReportRow } from '@/consultation/report/buildReport'
import { CHANGE_STATUSES, REPORT_WORDS } from '@/consultation/report/reportVocabulary'
import { clauseLabel } from '@/consultation/snapshot/clauseLabel'
import { type Lang } from '@/i18n/lang'

/** "Chương I, Điều 1, Khoản 2", the last place of a removed clause, or "Whole code". */
export function rowPlace(row: ReportRow, lang: Lang): string {
  if (row.key === null) return REPORT_WORDS[lang].wholeCode
  return row.place ? clauseLabel(row.place, lang) : (row.number ?? row.key)
}

/** "Changed (since revision 1.0); changes in revision 1.1, 1.2", or '' when the row has no comments to trace. */
export function changedSinceText(row: ReportRow, lang: Lang): string {
  const since = row.changedSince
  if (!since) return ''
  const words = REPORT_WORDS[lang]
  const status = `${labelOf(CHANGE_STATUSES, since.status, lang)} (${words.since} ${since.since})`
  return since.changedIn.length > 0 ? `${status}; ${words.changesIn} ${since.changedIn.join(', ')}` : status
}
