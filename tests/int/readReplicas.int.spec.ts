import { spawn } from 'node:child_process'

import pg from 'pg'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '@/config/paths'
import { withDatabaseName } from '@/db/describeUrl'
import { readFromPrimary } from '@/db/readRouting'
import { sqlFor } from '@/db/sql'
import { waitForExit } from '@/runtime/spawnNext'
import { contentEpoch } from '@/site/cache/contentEpoch'
import { getTestPayload } from '../helpers/testPayload'
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy'

// The "replica" is a second database with the same schema but none of the primary's rows,
// reached through a relay the test can cut: a read shows where it went by what it finds.
const primaryUrl = process.env.DATABASE_URL!
const replicaName = `${new URL(primaryUrl).pathname.slice(1)}_replica`
const serverUrl = withDatabaseName(primaryUrl, 'postgres')
let relay: TcpProxy
let payload: Payload
const slug = `chi-o-may-chinh-${Date.now()}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(statement)
  await client.end()
}

/** Whether an anonymous read of the topic written on the primary finds it. */
const findsTopic = async (): Promise<boolean> =>
  (await payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).totalDocs === 1

beforeAll(async () => {
  await admin(`create database "${replicaName}"`)
  const replicaUrl = withDatabaseName(primaryUrl, replicaName)
  const migrate = spawn(process.execPath, ['--import', 'tsx', 'scripts/tasks/migrate.ts'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: replicaUrl, DATABASE_REPLICA_URLS: '' },
    stdio: 'ignore',
  })
  expect(await waitForExit(migrate)).toBe(0)
  relay = await startTcpProxy(Number(new URL(replicaUrl).port || 5432))
  const relayed = new URL(replicaUrl)
  relayed.hostname = '127.0.0.1'
  relayed.port = String(relay.port)
  process.env.DATABASE_REPLICA_URLS = relayed.toString()
  payload = await getTestPayload()
  await payload.create({ collection: 'topics', data: { name: 'Chỉ ở máy chính', slug } as never, overrideAccess: true })
  // Payload reads its own writes from the primary for two seconds after a write in this process.
  await sleep(2_100)
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  await relay?.close()
  await admin(`drop database if exists "${replicaName}" with (force)`)
  delete process.env.DATABASE_REPLICA_URLS
})

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  it('sends an anonymous read to the replica, and reads in a primary scope or a transaction to the primary', async () => {
    expect(await findsTopic()).toBe(false)
    expect(await readFromPrimary(findsTopic)).toBe(true)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const found = await payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true, req })
      expect(found.totalDocs).toBe(1)
    } finally {
      await killTransaction(req)
    }
  })

  it("keeps the app's own SQL on the primary, outside a transaction too", async () => {
    const sql = await sqlFor(await createLocalReq({}, payload))
    const rows = await sql<{ n: number }>('SELECT count(*)::int AS n FROM topics WHERE slug = $1', [slug])
    expect(rows[0]!.n).toBe(1)
  })

  it('reads the content epoch from the replica, so no page is kept under a generation the replica has not replayed', async () => {
    const primary = new pg.Client({ connectionString: primaryUrl })
    await primary.connect()
    await primary.query('UPDATE delivery_state SET generation = generation + 5 WHERE id = 1')
    const { rows } = await primary.query<{ generation: string }>('SELECT generation::text FROM delivery_state WHERE id = 1')
    await primary.end()
    const epoch = await contentEpoch(Date.now() + 10_000)
    expect(epoch).not.toBeNull()
    expect(epoch).not.toBe(rows[0]!.generation)
  })

  it('answers every read from the primary while the replica is down, and keys pages by the epoch on the primary, where they are then read', async () => {
    await relay.cut()
    const answers = await Promise.all(Array.from({ length: 10 }, () => findsTopic()))
    expect(answers).toEqual(Array(10).fill(true))
    const primary = new pg.Client({ connectionString: primaryUrl })
    await primary.connect()
    const { rows } = await primary.query<{ generation: string }>('SELECT generation::text FROM delivery_state WHERE id = 1')
    await primary.end()
    expect(await contentEpoch(Date.now() + 20_000)).toMatch(new RegExp(`^${rows[0]!.generation}(:|$)`))
  })

  it('goes back to the replica once it answers again', async () => {
    await relay.restore()
    const deadline = Date.now() + 10_000
    while ((await findsTopic()) && Date.now() < deadline) await sleep(200)
    expect(await findsTopic()).toBe(false)
  })
})
