import { COMMENTER_GROUPS, DISPOSITIONS } from '../comments/commentVocabulary'
import type { PublicComment } from '../comments/loadPublishedComments'
import { flattenClauses, type FlatClause } from '../diff/diffRevisions'
import type { FrozenRevision } from '../revisions/loadRevisions'
import type { Localized } from '../snapshot/types'
import { clauseHistory, type ChangedSince } from './clauseHistory'

export type { ChangedSince } from './clauseHistory'

/** One comment and what was done with it; unanswered comments are listed too, with a null answer. */
export type ReportReply = {
  commentId: number
  group: string
  /** The revision the comment was made on. */
  revision: string
  excerpt: string
  disposition: string | null
  reply: Localized | null
  linkedRevision: string | null
  linkedClauses: string[]
}

export type Counts = {
  total: number
  /** Every commenter group, zeros included, so tables and CSV columns never shift. */
  byGroup: Record<string, number>
  /** Every disposition, zeros included; comments without an answer are in `unanswered`. */
  byDisposition: Record<string, number>
  unanswered: number
}

export type ReportRow = Counts & {
  /** The clause's stable key; null for the row of comments on the whole code. */
  key: string | null
  /** Its number in the current revision, or the last one it had; null for the whole code. */
  number: string | null
  place: { chapter: number; article: number; clause: number } | null
  heading: Localized
  /** Commented on, but no longer in the current revision. */
  removed: boolean
  replies: ReportReply[]
  /** For a clause with comments: what happened to it since the earliest revision commented on. */
  changedSince: ChangedSince | null
}

export type ConsultationReport = { revision: string; rows: ReportRow[]; totals: Counts }

export const EXCERPT_CHARS = 200

/**
 * The "you said, we did" report of a consultation: per clause of the current revision (and
 * the whole code first, and removed clauses last), who commented, what was answered, and
 * whether the clause changed afterwards. Pure, so the page, the CSV and tests agree.
 */
export function buildReport(options: { revisions: FrozenRevision[]; current: FrozenRevision; comments: PublicComment[] }): ConsultationReport {
  const { revisions, current, comments } = options
  const history = clauseHistory(revisions, current)
  const byKey = new Map<string | null, PublicComment[]>()
  for (const comment of comments) {
    const list = byKey.get(comment.clauseKey) ?? []
    list.push(comment)
    byKey.set(comment.clauseKey, list)
  }

  const row = (clause: { key: string | null; number: string | null; place: ReportRow['place']; heading: Localized; removed: boolean }): ReportRow => {
    const own = byKey.get(clause.key) ?? []
    return {
      ...clause,
      ...count(own),
      replies: own.map(toReply),
      changedSince:
        clause.key && own.length > 0
          ? history.changedSince(
              clause.key,
              own.map((c) => c.revision),
            )
          : null,
    }
  }

  const currentClauses = flattenClauses(current.snapshot)
  const currentKeys = new Set(currentClauses.map((clause) => clause.key))
  const rows: ReportRow[] = [
    row({ key: null, number: null, place: null, heading: current.snapshot.title, removed: false }),
    ...currentClauses.map((clause) => row({ key: clause.key, number: clause.number, place: placeOf(clause), heading: clause.heading, removed: false })),
    ...removedKeys(revisions, comments, currentKeys).map((key) => {
      const last = history.lastKnown(key)
      const fallback = byKey.get(key)?.find((comment) => comment.clauseNumber)?.clauseNumber ?? null
      return row({ key, number: last?.number ?? fallback, place: last ? placeOf(last) : null, heading: last?.heading ?? { vi: '', en: '' }, removed: true })
    }),
  ]
  return { revision: current.revision, rows, totals: count(comments) }
}

const placeOf = (clause: FlatClause) => ({ chapter: clause.chapter, article: clause.article, clause: clause.clause })

/** Keys commented on but gone from the current revision, newest-last-seen first, then in reading order. */
function removedKeys(revisions: FrozenRevision[], comments: PublicComment[], currentKeys: Set<string>): string[] {
  const gone = new Set(comments.map((c) => c.clauseKey).filter((key): key is string => key !== null && !currentKeys.has(key)))
  const ordered: string[] = []
  for (const revision of [...revisions].reverse()) {
    for (const clause of flattenClauses(revision.snapshot)) {
      if (gone.delete(clause.key)) ordered.push(clause.key)
    }
  }
  // Keys no frozen revision ever had (should not happen) still get a row, so no comment is dropped.
  return [...ordered, ...gone]
}

const KNOWN_GROUPS = new Set<string>(COMMENTER_GROUPS.map((group) => group.value))

function count(comments: PublicComment[]): Counts {
  const byGroup = Object.fromEntries(COMMENTER_GROUPS.map((group) => [group.value, 0])) as Record<string, number>
  const byDisposition = Object.fromEntries(DISPOSITIONS.map((item) => [item.value, 0])) as Record<string, number>
  let unanswered = 0
  for (const comment of comments) {
    // The group is a fixed select; an unknown value from old data is still a comment, counted as "other".
    const group = KNOWN_GROUPS.has(comment.group) ? comment.group : 'other'
    byGroup[group] = (byGroup[group] ?? 0) + 1
    if (!comment.answer) unanswered++
    else byDisposition[comment.answer.disposition] = (byDisposition[comment.answer.disposition] ?? 0) + 1
  }
  return { total: comments.length, byGroup, byDisposition, unanswered }
}

function toReply(comment: PublicComment): ReportReply {
  return {
    commentId: comment.id,
    group: comment.group,
    revision: comment.revision,
    excerpt: excerpt(comment.text),
    disposition: comment.answer?.disposition ?? null,
    reply: comment.answer?.reply ?? null,
    linkedRevision: comment.answer?.linkedRevision ?? null,
    linkedClauses: comment.answer?.linkedClauses ?? [],
  }
}

/** Whitespace collapsed and cut on a code point, so a table cell stays one short paragraph. */
export function excerpt(text: string, limit = EXCERPT_CHARS): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  return chars.length <= limit
    ? flat
    : `${chars
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`
}
