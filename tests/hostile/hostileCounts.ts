import fs from 'node:fs'

export type HostileCounts = { requests: number; serverErrors: number; leaks: number }

/** Adds one spec file's counts to the run's tally, which the hostile project prints at the end. */
export function recordCounts(counts: HostileCounts): void {
  const file = process.env.HOSTILE_COUNTS_FILE
  if (file) fs.appendFileSync(file, `${JSON.stringify(counts)}\n`)
}
