import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { HostileCounts } from './hostileCounts'

/** Each spec file of the suite appends its counts to one file; the closing line sums them. */
export default function setup() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-hostile-')), 'counts.jsonl')
  fs.writeFileSync(file, '')
  // Set before the test workers are forked, so they inherit it.
  process.env.HOSTILE_COUNTS_FILE = file
  return () => {
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as HostileCounts)
    const total = lines.reduce(
      (sum, counts) => ({ requests: sum.requests + counts.requests, serverErrors: sum.serverErrors + counts.serverErrors, leaks: sum.leaks + counts.leaks }),
      { requests: 0, serverErrors: 0, leaks: 0 },
    )
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
    console.log(`hostile: ${total.requests} requests, ${total.serverErrors} 5xx, ${total.leaks} leaks`)
  }
}
