import fs from 'node:fs'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { localMediaDir } from '@/config/paths'
import { poolOf } from '@/db/sql'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency } from '../helpers/delivery'
import { samplePdf } from '../helpers/siteContent'
import { makeSubscriber } from '../helpers/subscribers'
import { makeStaff } from '../helpers/users'
import { call, login, median, publishArticle, waitUntil, type Publication } from './newsroomClient'
import { startCluster, type Cluster } from './startCluster'

// The tests run in order on one cluster: each leaves it as the next expects.
let cluster: Cluster
let tokens: { editor: string; reviewer: string }
let campaignId: number
let apiKey: string
let reader: { email: string }
let counter = 0
const freshness = { webhookMs: [] as number[], alertMs: [] as number[], confirmationMs: [] as number[] }
/** What the run measured, printed at the end. */
const measured: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const headline = (label: string) => `${label} ${++counter} ${Date.now()}`
const hooksFor = (publication: Publication) => cluster.receiver.received.filter((hit) => hit.body.includes(`"urn:newsroom:article:${publication.id}:`))
const alertsFor = (publication: Publication) =>
  cluster.sink.messages.filter((mail) => JSON.stringify(mail.to).includes(reader.email) && (mail.text ?? '').includes(publication.headline))

async function listeners(): Promise<number> {
  const { rows } = await poolOf(cluster.payload).query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'newsroom-worker-listen'",
  )
  return rows[0]!.n
}

/**
 * Waits for a publication's first webhook and its alert, and records how long each took
 * from the moment the publish request left (an upper bound on the time from its commit).
 * Start it as soon as the publication is made: the alert's arrival is seen by polling the
 * sink, which keeps no arrival time.
 */
async function recordFreshness(publication: Publication): Promise<void> {
  const [, alertAt] = await Promise.all([
    waitUntil('a webhook', () => hooksFor(publication).length > 0, 10_000),
    waitUntil('an alert', () => alertsFor(publication).length > 0, 15_000),
  ])
  freshness.webhookMs.push(hooksFor(publication)[0]!.receivedAt - publication.requestedAt)
  freshness.alertMs.push(alertAt - publication.requestedAt)
}

beforeAll(async () => {
  cluster = await startCluster()
  const { payload } = cluster
  const editor = await makeStaff(payload, ['editor'])
  const reviewer = await makeStaff(payload, ['reviewer'])
  const base = cluster.balancer.url
  tokens = { editor: await login(base, editor.email, editor.password), reviewer: await login(base, reviewer.email, reviewer.password) }
  campaignId = Number((await makeCampaign(payload, `Chiến dịch nhiều máy ${Date.now()}`)).id)
  await publishForTest(payload, 'campaigns', campaignId)
  apiKey = (await makeAgency(payload, { webhookUrl: cluster.receiver.url('/agency') })).apiKey
  reader = await makeSubscriber(payload, { frequency: 'immediate' })
  await warmUp()
}, 900_000)

/** Running instances have rendered each kind of page before; the first render after a start is not what a reader waits for. */
async function warmUp(): Promise<void> {
  const { payload } = cluster
  const doc = await payload.create({
    collection: 'articles',
    data: { headline: headline('Tin khởi động'), campaign: campaignId } as never,
    overrideAccess: true,
    draft: true,
  })
  const published = await publishForTest(payload, 'articles', Number(doc.id))
  const paths = ['/', `/articles/${(published as { slug?: string }).slug}`, '/feeds/vi/atom.xml', '/api/articles?limit=1', '/api/v1/items?limit=5']
  for (const instance of Object.values(cluster.instances)) {
    for (const path of paths) await call(instance.url, path, path.startsWith('/api/v1') ? { apiKey } : {})
  }
}

afterAll(async () => {
  measured.push(
    `freshness from the publish request: webhook p50 ${median(freshness.webhookMs)} ms (${freshness.webhookMs.join(', ')}), ` +
      `alert p50 ${median(freshness.alertMs)} ms (${freshness.alertMs.join(', ')}); subscribe to confirmation ${freshness.confirmationMs.join(', ')} ms`,
  )
  console.log(measured.map((line) => `cluster: ${line}`).join('\n'))
  await cluster?.stop()
}, 120_000)

describe('two app instances behind haproxy, a streaming replica and workers', () => {
  it("shows a publication made on instance A on instance B's v1 API, feeds and pages within a second", async () => {
    const { a, b } = cluster.instances
    const publication = await publishArticle(a.url, tokens, campaignId, headline('Tin đăng ở máy A'))
    const recorded = recordFreshness(publication)
    const [v1, feed, page] = await Promise.all([
      waitUntil('v1 on B', async () => (await call(b.url, '/api/v1/items?limit=20', { apiKey })).text.includes(publication.uri), 5_000),
      waitUntil('the feed on B', async () => (await call(b.url, '/feeds/vi/atom.xml')).text.includes(publication.headline), 5_000),
      waitUntil(
        'the page on B',
        async () => {
          const answer = await call(b.url, `/articles/${publication.slug}`)
          return answer.status === 200 && answer.text.includes(publication.headline)
        },
        5_000,
      ),
    ])
    measured.push(
      `A's publication seen on B after ${v1 - publication.acknowledgedAt} ms (v1), ${feed - publication.acknowledgedAt} ms (feed), ${page - publication.acknowledgedAt} ms (page)`,
    )
    expect(v1 - publication.acknowledgedAt, 'v1').toBeLessThan(1_000)
    expect(feed - publication.acknowledgedAt, 'feed').toBeLessThan(1_000)
    expect(page - publication.acknowledgedAt, 'page').toBeLessThan(1_000)
    await recorded
  })

  it("holds an agency's rate limit across both instances, overshooting by at most about a second of traffic", async () => {
    const limit = 60
    const perSecond = 25
    const { apiKey: limitedKey } = await makeAgency(cluster.payload, { rateLimitPerMinute: limit })
    // Instances hear of a new agency by notification; give it a moment to arrive.
    await sleep(1_000)
    // The limit counts per clock minute: start early in one, so the whole burst falls in it.
    const intoMinute = Date.now() % 60_000
    if (intoMinute > 50_000) await sleep(60_000 - intoMinute + 500)
    const answers = await Promise.all(
      Array.from({ length: 150 }, async (_, index) => {
        await sleep((index * 1000) / perSecond)
        return call(cluster.balancer.url, '/api/v1/items?limit=1', { apiKey: limitedKey })
      }),
    )
    const served = answers.filter((answer) => answer.status === 200)
    measured.push(`rate limit ${limit}/min at ${perSecond} req/s over both instances: ${served.length} of ${answers.length} served`)
    expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 429)).toEqual([])
    expect(new Set(served.map((answer) => answer.servedBy))).toEqual(new Set(['a', 'b']))
    // Never below the limit; above it by what the instances serve before their next flush
    // (README: about one second of traffic). Counted per instance alone it would be 120.
    expect(served.length).toBeGreaterThanOrEqual(limit)
    expect(served.length).toBeLessThanOrEqual(limit + perSecond * 1.5)
  })

  it('sends each webhook and each alert exactly once with two workers', async () => {
    await cluster.startWorker()
    await waitUntil('both workers listening', async () => (await listeners()) === 2, 10_000, 100)
    const { a, b } = cluster.instances
    const publications: Publication[] = []
    const recordings: Array<Promise<void>> = []
    for (const instance of [a, b, a, b]) {
      const publication = await publishArticle(instance.url, tokens, campaignId, headline(`Tin hai máy phụ ${instance.name}`))
      publications.push(publication)
      recordings.push(recordFreshness(publication))
    }
    await Promise.all(recordings)
    // Time for the slower worker to have sent anything a second time.
    await sleep(3_000)
    const { rows } = await poolOf(cluster.payload).query<{ id: string; status: string }>(
      'SELECT id::text, status::text FROM webhook_deliveries WHERE item_id = ANY($1::text[])',
      [publications.map((publication) => `article-${publication.id}-vi`)],
    )
    expect(rows.length).toBeGreaterThanOrEqual(publications.length)
    expect(rows.filter((row) => row.status !== 'delivered')).toEqual([])
    const received = publications.flatMap(hooksFor).map((hit) => String(hit.headers['x-newsroom-delivery']))
    expect(received.sort()).toEqual(rows.map((row) => row.id).sort())
    for (const publication of publications) expect(alertsFor(publication)).toHaveLength(1)
  })

  it('meets the freshness targets with the web instances at JOBS_AUTORUN=false', async () => {
    const email = `phong-vien-${Date.now()}@bao.test`
    const asked = await call(cluster.balancer.url, '/api/v1/subscriptions', {
      method: 'POST',
      body: { email, name: 'Phóng viên', outlet: 'VietNamNet', locale: 'vi', frequency: 'daily' },
    })
    expect(asked.status).toBe(202)
    const arrived = await waitUntil('the confirmation mail', () => cluster.sink.messages.some((mail) => JSON.stringify(mail.to).includes(email)), 10_000)
    freshness.confirmationMs.push(arrived - asked.sentAt)
    expect(median(freshness.webhookMs)).toBeLessThan(1_000)
    expect(median(freshness.alertMs)).toBeLessThan(5_000)
    expect(freshness.confirmationMs[0]).toBeLessThan(5_000)
  })

  it('fails over when instance A is killed under load: no acknowledged write lost, no 5xx beyond what was in flight', async () => {
    const base = cluster.balancer.url
    const acknowledged: number[] = []
    const failures: Array<{ status: number; text: string }> = []
    const servedAfterKill = new Set<string>()
    let inFlight = 0
    let stopAt = Infinity
    let killedAt = Infinity
    const loop = async (worker: number) => {
      for (let round = 0; Date.now() < stopAt; round += 1) {
        const startedAt = Date.now()
        inFlight += 1
        const kind = (worker + round) % 3
        const answer =
          kind === 0
            ? await call(base, '/api/articles', {
                method: 'POST',
                token: tokens.editor,
                body: { headline: headline('Bản nháp khi máy A chết'), campaign: campaignId },
              })
            : await call(base, kind === 1 ? '/api/v1/items?limit=5' : '/feeds/vi/rss.xml', kind === 1 ? { apiKey } : {})
        inFlight -= 1
        if (answer.servedBy && startedAt > killedAt) servedAfterKill.add(answer.servedBy)
        if (answer.status === 201) acknowledged.push(answer.body.doc.id as number)
        else if (answer.status === 0 || answer.status >= 500) failures.push({ status: answer.status, text: answer.text.slice(0, 200) })
      }
    }
    const loops = Array.from({ length: 6 }, (_, worker) => loop(worker))
    await sleep(2_000)
    const inFlightAtKill = inFlight
    killedAt = Date.now()
    await cluster.instances.a.kill()
    stopAt = Date.now() + 4_000
    await Promise.all(loops)

    const { rows } = await poolOf(cluster.payload).query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE id = ANY($1::int[])', [acknowledged])
    measured.push(`SIGKILL on A: ${failures.length} failed with ${inFlightAtKill} in flight; ${rows[0]!.n} of ${acknowledged.length} acknowledged writes found`)
    expect(failures.length).toBeLessThanOrEqual(inFlightAtKill)
    expect(servedAfterKill).toEqual(new Set(['b']))
    expect(acknowledged.length).toBeGreaterThan(0)
    expect(rows[0]!.n).toBe(acknowledged.length)

    // A comes back on its port and the load balancer sends it requests again.
    await cluster.startInstance('a')
    await waitUntil('haproxy sends to A again', async () => (await call(base, '/api/health')).servedBy === 'a', 15_000, 100)
  })

  it('lets a credentialed read see a write at once on the other instance while anonymous reads follow the replica', async () => {
    const replica = new pg.Client({ connectionString: cluster.replicaUrl })
    await replica.connect()
    try {
      await replica.query('SELECT pg_wal_replay_pause()')
      const { a, b } = cluster.instances
      const publication = await publishArticle(a.url, tokens, campaignId, headline('Tin khi bản sao dừng'))
      expect((await call(b.url, `/api/articles/${publication.id}`, { token: tokens.reviewer })).status).toBe(200)
      expect((await call(b.url, '/api/v1/items?limit=20', { apiKey })).text).toContain(publication.uri)
      expect((await call(b.url, `/api/articles/${publication.id}`)).status).toBe(404)
      expect((await call(b.url, `/articles/${publication.slug}`)).status).not.toBe(200)

      await replica.query('SELECT pg_wal_replay_resume()')
      const resumedAt = Date.now()
      const seen = await waitUntil('the page on B', async () => (await call(b.url, `/articles/${publication.slug}`)).status === 200, 5_000)
      expect(seen - resumedAt).toBeLessThan(1_500)
      expect((await call(b.url, `/api/articles/${publication.id}`)).status).toBe(200)
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()').catch(() => undefined)
      await replica.end()
    }
  })

  it('leaves a replica that answers but no longer replays out of reads once it is too far behind, and takes it back when it catches up', async () => {
    const { a, b } = cluster.instances
    const replicasOf = async (base: string) => (await call(base, '/api/health')).body.replicas as { serving: boolean; lagMs: number | null }[]
    const steady = await replicasOf(b.url)
    expect(steady).toHaveLength(1)
    expect(steady[0]!.serving).toBe(true)
    measured.push(`replica lag seen by instance B while streaming: ${steady[0]!.lagMs} ms`)

    const replica = new pg.Client({ connectionString: cluster.replicaUrl })
    await replica.connect()
    try {
      await replica.query('SELECT pg_wal_replay_pause()')
      const pausedAt = Date.now()
      const publication = await publishArticle(a.url, tokens, campaignId, headline('Tin khi bản sao tụt lại'))
      // DATABASE_REPLICA_MAX_LAG_MS is 5 s by default; lag is checked every second.
      const leftOut = await waitUntil('B leaves the replica out', async () => (await replicasOf(b.url))[0]!.serving === false, 15_000, 200)
      measured.push(`a paused replica was left out by instance B after ${leftOut - pausedAt} ms`)
      expect((await replicasOf(b.url))[0]!.lagMs).toBeGreaterThan(5_000)
      expect((await call(b.url, `/api/articles/${publication.id}`)).status).toBe(200)
      expect((await call(b.url, `/articles/${publication.slug}`)).status).toBe(200)
      // The page cache reads its epoch where pages are read from: the home page drops its old copy.
      await waitUntil('the home page on B lists it', async () => (await call(b.url, '/')).text.includes(publication.headline), 3_000, 200)

      await replica.query('SELECT pg_wal_replay_resume()')
      await waitUntil('B takes the replica back', async () => (await replicasOf(b.url))[0]!.serving === true, 10_000, 200)
      expect((await replicasOf(b.url))[0]!.lagMs).toBeLessThan(5_000)
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()').catch(() => undefined)
      await replica.end()
    }
  })

  it('keeps answering every read, from the primary, once the replica is killed', async () => {
    await cluster.postgres.replica.kill()
    const base = cluster.balancer.url
    const publication = await publishArticle(base, tokens, campaignId, headline('Tin sau khi bản sao chết'))
    const paths = [
      '/',
      `/articles/${publication.slug}`,
      '/api/articles?limit=5',
      `/api/articles/${publication.id}`,
      '/feeds/vi/atom.xml',
      '/api/v1/items?limit=5',
    ]
    const answers = []
    for (let round = 0; round < 10; round += 1)
      answers.push(...(await Promise.all(paths.map((path) => call(base, path, path.startsWith('/api/v1') ? { apiKey } : {})))))
    expect(answers.filter((answer) => answer.status !== 200).map((answer) => `${answer.status} ${answer.text.slice(0, 120)}`)).toEqual([])
    expect(answers.find((answer) => answer.text.includes(publication.headline))).toBeDefined()
  })
})

type MediaDoc = { id: number; filename: string; sizes: Record<string, { filename: string | null }> }

/** A multipart upload to /api/media of one instance, as the admin sends it. */
async function uploadThrough(base: string, token: string, file: { name: string; type: string; bytes: Buffer }, alt: string): Promise<MediaDoc> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ alt, credit: 'Bộ TT&TT' }))
  const response = await fetch(`${base}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const text = await response.text()
  if (response.status !== 201) throw new Error(`upload ${file.name} answered ${response.status}: ${text.slice(0, 300)}`)
  return (JSON.parse(text) as { doc: MediaDoc }).doc
}

/** A GET whose whole body is kept as bytes (files and zips are not text). */
async function download(base: string, path: string, token?: string) {
  const response = await fetch(`${base}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {}, redirect: 'manual' })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const file = await yauzl.fromBufferPromise(zip)
  const entries = new Map<string, Buffer>()
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    entries.set(entry.fileName, Buffer.concat(chunks))
  }
  file.close()
  return entries
}

/** What is in the media folder every instance would use without a bucket (they share DATA_DIR). */
const localMediaFiles = (): string[] => (fs.existsSync(localMediaDir()) ? fs.readdirSync(localMediaDir()) : [])

describe('media in one S3-compatible bucket behind both instances', () => {
  const run = Date.now().toString(36)
  let photo: MediaDoc
  let photoBytes: Buffer
  let document: MediaDoc
  let pdf: Buffer

  beforeAll(async () => {
    const { a } = cluster.instances
    photoBytes = await sharp({ create: { width: 2000, height: 1300, channels: 3, background: { r: 40, g: 120, b: 90 } } })
      .png()
      .toBuffer()
    photo = await uploadThrough(a.url, tokens.editor, { name: `anh-may-a-${run}.png`, type: 'image/png', bytes: photoBytes }, 'Ảnh tải lên máy A')
    pdf = samplePdf(`Tai lieu may A ${run}`)
    document = await uploadThrough(a.url, tokens.editor, { name: `tai-lieu-may-a-${run}.pdf`, type: 'application/pdf', bytes: pdf }, 'Tài liệu tải lên máy A')
  })

  it('serves an image uploaded through instance A from instance B in every size, with the bucket’s bytes and no file on local disk', async () => {
    // This process reads the same DATA_DIR the instances were given.
    expect(localMediaDir().startsWith(cluster.dataDir)).toBe(true)
    const sizes = (cluster.payload.collections.media!.config.upload.imageSizes ?? []).map((size) => size.name!)
    expect(sizes.length).toBeGreaterThan(0)
    const names = [photo.filename, ...sizes.map((size) => photo.sizes[size]?.filename ?? `(no ${size})`)]
    const { b } = cluster.instances
    for (const name of names) {
      const inBucket = await cluster.store.read(name)
      expect(inBucket, name).not.toBeNull()
      const served = await download(b.url, `/api/media/file/${encodeURIComponent(name)}`, tokens.editor)
      expect(served.status, name).toBe(200)
      expect(served.bytes.equals(inBucket!), name).toBe(true)
      if (name !== photo.filename) expect((await sharp(served.bytes).metadata()).width, name).toBeLessThan(2000)
    }
    expect((await download(b.url, `/api/media/file/${encodeURIComponent(photo.filename)}`, tokens.editor)).bytes.equals(photoBytes)).toBe(true)
    const onDisk = localMediaFiles()
    expect(names.filter((name) => onDisk.includes(name))).toEqual([])
    measured.push(`media: ${names.length} files of an image uploaded through A served by B from the bucket`)
  })

  it('builds on instance B a briefing-pack bundle holding the files uploaded through instance A, byte for byte', async () => {
    const created = (await cluster.payload.create({
      collection: 'briefing-packs',
      data: { title: `Gói tài liệu hai máy ${run}`, documents: [document.id], images: [photo.id] } as never,
      draft: true,
      overrideAccess: true,
    })) as { id: number; slug: string }
    await publishForTest(cluster.payload, 'briefing-packs', created.id)
    const { b } = cluster.instances
    let zip: Buffer | null = null
    // An anonymous read on B goes to the replica (or, once it is gone, the primary).
    await waitUntil(
      'the bundle on B',
      async () => {
        const answer = await download(b.url, `/press/briefing-packs/${created.slug}/bundle.zip`)
        if (answer.status === 200) zip = answer.bytes
        return zip !== null
      },
      10_000,
      200,
    )
    const entries = await unzip(zip!)
    const documentEntry = entries.get(`documents/${document.filename}`)
    const imageEntry = entries.get(`images/${photo.filename}`)
    expect([...entries.keys()]).toEqual(expect.arrayContaining([`documents/${document.filename}`, `images/${photo.filename}`]))
    expect(entries.has('missing.txt')).toBe(false)
    expect(documentEntry!.equals(pdf)).toBe(true)
    expect(documentEntry!.equals((await cluster.store.read(document.filename))!)).toBe(true)
    expect(imageEntry!.equals(photoBytes)).toBe(true)
    expect(localMediaFiles().filter((name) => name === document.filename || name === photo.filename)).toEqual([])
  })
})
