import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    dataDir: string
    payloadSecret: string
  }
}

/** One fresh database and data directory for the whole integration run. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('newsroom_int')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-int-'))
  project.provide('databaseUrl', database.url)
  project.provide('dataDir', dataDir)
  project.provide('payloadSecret', randomBytes(24).toString('hex'))
  return async () => {
    await database.drop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
