import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../config/paths'

const INPUTS = ['payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'payload-types.ts', 'src', 'collections']
const STAMP = path.join(projectRoot, '.next', 'source-stamp.txt')

function* walk(entry: string): Generator<string> {
  const full = path.join(projectRoot, entry)
  if (!fs.existsSync(full)) return
  if (fs.statSync(full).isDirectory()) {
    for (const child of fs.readdirSync(full).sort()) yield* walk(path.join(entry, child))
  } else {
    yield entry
  }
}

/** A hash of everything that goes into `next build`, so a changed source means a new build. */
export function sourceStamp(): string {
  const hash = createHash('sha256')
  for (const input of INPUTS) {
    for (const file of walk(input)) {
      hash
        .update(file)
        .update('\0')
        .update(fs.readFileSync(path.join(projectRoot, file)))
        .update('\0')
    }
  }
  return hash.digest('hex')
}

export function isBuildCurrent(): boolean {
  if (!fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) || !fs.existsSync(STAMP)) return false
  return fs.readFileSync(STAMP, 'utf8').trim() === sourceStamp()
}

export function recordBuild(stamp: string): void {
  fs.writeFileSync(STAMP, stamp + '\n')
}
