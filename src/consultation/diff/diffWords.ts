import { tokenize } from './tokenize'

export type WordOp = { op: 'equal' | 'insert' | 'delete'; text: string }

/**
 * Above this many LCS table cells (16M Uint16 = 32 MB) the changed middle is reported as one
 * delete plus one insert instead of being diffed: ~4,000 tokens a side still gets a real diff.
 */
const MAX_CELLS = 16_000_000

const WHITESPACE = /^\s+$/u

type Segment = { kind: 'equal' | 'change'; from: string; to: string }

/**
 * Word-level diff of two texts (both NFC-normalised first). Any two whitespace runs count as
 * equal, so re-spacing alone is not a change; an equal op's text is then the `to` side's.
 * Adjacent ops of one kind are merged, and within a change the delete comes before the insert.
 */
export function diffWords(from: string, to: string): WordOp[] {
  const a = tokenize(from)
  const b = tokenize(to)
  const [ida, idb] = tokenIds(a, b)

  // Common prefix and suffix need no table.
  let start = 0
  while (start < a.length && start < b.length && ida[start] === idb[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && ida[endA - 1] === idb[endB - 1]) {
    endA--
    endB--
  }

  const segments: Segment[] = []
  const push = (kind: Segment['kind'], f: string, t: string) => {
    const last = segments[segments.length - 1]
    if (last && last.kind === kind) {
      last.from += f
      last.to += t
    } else segments.push({ kind, from: f, to: t })
  }

  for (let i = 0; i < start; i++) push('equal', a[i]!, b[i]!)
  diffMiddle(a, b, ida, idb, start, endA, endB, push)
  for (let i = endA, j = endB; i < a.length; i++, j++) push('equal', a[i]!, b[j]!)

  return toOps(absorbLoneWhitespace(segments))
}

/** Integer ids per distinct token (all whitespace sharing one), so the table loop compares numbers. */
function tokenIds(a: string[], b: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>()
  const idOf = (t: string) => {
    const k = WHITESPACE.test(t) ? ' ' : t
    let id = ids.get(k)
    if (id === undefined) ids.set(k, (id = ids.size))
    return id
  }
  return [Int32Array.from(a, idOf), Int32Array.from(b, idOf)]
}

function diffMiddle(
  a: string[],
  b: string[],
  ida: Int32Array,
  idb: Int32Array,
  start: number,
  endA: number,
  endB: number,
  push: (kind: Segment['kind'], f: string, t: string) => void,
): void {
  const n = endA - start
  const m = endB - start
  const w = m + 1
  if (n === 0 || m === 0 || (n + 1) * w > MAX_CELLS) {
    for (let i = start; i < endA; i++) push('change', a[i]!, '')
    for (let j = start; j < endB; j++) push('change', '', b[j]!)
    return
  }
  // dp[i*w+j] = LCS length of a[start+i..endA) and b[start+j..endB); fits Uint16 under MAX_CELLS.
  const dp = new Uint16Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = ida[start + i] === idb[start + j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    // Taking a match is always optimal for LCS; on ties prefer delete so it precedes the insert.
    if (ida[start + i] === idb[start + j]) push('equal', a[start + i++]!, b[start + j++]!)
    else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) push('change', a[start + i++]!, '')
    else push('change', '', b[start + j++]!)
  }
  for (; i < n; i++) push('change', a[start + i]!, '')
  for (; j < m; j++) push('change', '', b[start + j]!)
}

/**
 * A bare space kept "equal" between two changes ("bảo vệ" → "bao ve") splits one rewrite into
 * noisy fragments; fold it into the surrounding change instead.
 */
function absorbLoneWhitespace(segments: Segment[]): Segment[] {
  const out: Segment[] = []
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!
    const prev = out[out.length - 1]
    const next = segments[k + 1]
    if (seg.kind === 'equal' && prev?.kind === 'change' && next?.kind === 'change' && WHITESPACE.test(seg.to)) {
      prev.from += seg.from + next.from
      prev.to += seg.to + next.to
      k++
    } else out.push({ ...seg })
  }
  return out
}

function toOps(segments: Segment[]): WordOp[] {
  const ops: WordOp[] = []
  for (const seg of segments) {
    if (seg.kind === 'equal') ops.push({ op: 'equal', text: seg.to })
    else {
      if (seg.from) ops.push({ op: 'delete', text: seg.from })
      if (seg.to) ops.push({ op: 'insert', text: seg.to })
    }
  }
  return ops
}
