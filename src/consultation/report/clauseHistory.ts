import { diffRevisions, flattenClauses, type ClauseChange, type FlatClause } from '../diff/diffRevisions'
import type { FrozenRevision } from '../revisions/loadRevisions'

export type ChangeStatus = 'changed' | 'moved' | 'removed' | 'unchanged'

export type ChangedSince = {
  /** The earliest revision commented on: the text the commenters read first. */
  since: string
  /** That revision compared with the current one; a text change outranks a move. */
  status: ChangeStatus
  /** The revisions after `since`, oldest first, in which the clause changed, moved, went or came back. */
  changedIn: string[]
}

/**
 * What happened to clauses across the frozen revisions up to the current one. Diffs are made
 * lazily and kept, because many clauses share the same pairs of revisions.
 */
export function clauseHistory(revisions: FrozenRevision[], current: FrozenRevision) {
  const at = revisions.findIndex((item) => item.revision === current.revision)
  const chain = at === -1 ? [...revisions, current] : revisions.slice(0, at + 1)
  const last = chain.length - 1
  const steps = new Map<number, Map<string, ClauseChange>>()
  const toCurrent = new Map<number, Map<string, ClauseChange>>()
  const flat = new Map<number, FlatClause[]>()

  const byKey = (from: number, to: number) => new Map(diffRevisions(chain[from]!.snapshot, chain[to]!.snapshot).clauses.map((c) => [c.key, c]))
  const memo = <T>(cache: Map<number, T>, index: number, make: () => T): T => {
    if (!cache.has(index)) cache.set(index, make())
    return cache.get(index)!
  }

  function changedSince(key: string, commentedOn: string[]): ChangedSince | null {
    const indexes = commentedOn.map((label) => chain.findIndex((item) => item.revision === label)).filter((index) => index !== -1)
    // Comments on a revision that was never frozen cannot be traced; there is nothing to compare.
    if (indexes.length === 0) return null
    const since = Math.min(...indexes)
    const overall = memo(toCurrent, since, () => byKey(since, last)).get(key)
    const changedIn: string[] = []
    for (let index = since + 1; index <= last; index++) {
      const step = memo(steps, index, () => byKey(index - 1, index)).get(key)
      if (step && (step.status !== 'unchanged' || step.moved)) changedIn.push(chain[index]!.revision)
    }
    return { since: chain[since]!.revision, status: statusOf(overall), changedIn }
  }

  /** The clause as it last stood in a frozen revision, newest first; for removed clauses' rows. */
  function lastKnown(key: string): FlatClause | undefined {
    for (let index = revisions.length - 1; index >= 0; index--) {
      const found = memo(flat, index, () => flattenClauses(revisions[index]!.snapshot)).find((clause) => clause.key === key)
      if (found) return found
    }
    return undefined
  }

  return { changedSince, lastKnown }
}

function statusOf(change: ClauseChange | undefined): ChangeStatus {
  // Absent from both revisions, or only from the current one: either way it is not there now.
  if (!change || change.status === 'removed') return 'removed'
  // 'added' means the commented revision lacked it: the text the commenter saw is not today's.
  if (change.status === 'changed' || change.status === 'added') return 'changed'
  return change.moved ? 'moved' : 'unchanged'
}
