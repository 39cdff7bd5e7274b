import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { localMediaDir, projectRoot } from '@/config/paths'
import { s3StorageSettings } from '@/config/s3Storage'
import { copyMediaToBucket } from '@/platform/storage/copyMediaToBucket'
import { handleBundle } from '@/press/bundle/handleBundle'
import { makeCampaign, publishForTest } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { startS3Store, type S3Store } from '../helpers/s3Store'
import { samplePdf } from '../helpers/siteContent'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

// Media in an S3-compatible store (s3rver in a process of its own), with the app configured
// only through the S3_* variables, as an operator would.

let store: S3Store
let payload: Payload
let staffToken: string
const run = Date.now().toString(36)
const SIZES = ['thumbnail', 'card', 'feature'] as const
/** The 60 MB document, which media:migrate later moves through the local disk. */
let bigName: string
/** A document the bundle test takes out of the bucket, and media:migrate then cannot find. */
let lostFromBucket: string

type MediaDoc = { id: number; filename: string; url: string; sizes: Record<string, { filename: string | null; url: string | null }> }

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')
const onLocalDisk = (filename: string) => fs.existsSync(path.join(localMediaDir(), filename))

/** A multipart upload through the same REST handler the app serves. */
async function upload(file: { name: string; type: string; bytes: Buffer }, fields: Record<string, unknown>): Promise<MediaDoc> {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ credit: 'Bộ TT&TT', ...fields }))
  const request = new Request('http://newsroom.test/api/media', { method: 'POST', headers: { Authorization: `JWT ${staffToken}` }, body: form })
  const response = await handleEndpoints({ config, path: '/api/media', request })
  const body = (await response.json()) as { doc: MediaDoc }
  if (response.status !== 201) throw new Error(`upload ${file.name}: ${response.status} ${JSON.stringify(body)}`)
  return body.doc
}

/** GET /api/media/file/<name>, as the app answers it, with the whole body. */
async function fetchFile(filename: string, token?: string, query = '') {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const request = new Request(`http://newsroom.test/api/media/file/${encodeURIComponent(filename)}${query}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  const response = await handleEndpoints({ config, path: `/api/media/file/${encodeURIComponent(filename)}`, request })
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

/** The same file, hashed as it streams, so a 60 MB answer is never held whole. */
async function hashOfServedFile(filename: string, token: string) {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const request = new Request(`http://newsroom.test/api/media/file/${filename}`, { headers: { Authorization: `JWT ${token}` } })
  const response = await handleEndpoints({ config, path: `/api/media/file/${filename}`, request })
  const hash = crypto.createHash('sha256')
  let size = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { status: response.status, sha256: hash.digest('hex'), size }
}

const picture = (hue: number) =>
  sharp({ create: { width: 2000, height: 1300, channels: 3, background: { r: hue, g: 90, b: 160 } } })
    .png()
    .toBuffer()

async function publishedPack(title: string, data: Record<string, unknown>) {
  const created = (await payload.create({ collection: 'briefing-packs', data: { title, ...data } as never, draft: true, overrideAccess: true })) as {
    id: number
    slug: string
  }
  await publishForTest(payload, 'briefing-packs', created.id)
  return created
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

beforeAll(async () => {
  store = await startS3Store()
  // Read once, when the config is first imported: the 60 MB upload needs more than the default 25 MB.
  Object.assign(process.env, store.env, { MAX_UPLOAD_MB: '80' })
  payload = await getTestPayload()
  const editor = await makeStaff(payload, ['editor'])
  staffToken = await login(editor.email, editor.password)
})

afterAll(async () => {
  await store?.stop()
})

describe('media in S3-compatible storage', () => {
  let photo: MediaDoc
  let photoBytes: Buffer

  beforeAll(async () => {
    photoBytes = await picture(30)
    photo = await upload({ name: `anh-chien-dich-${run}.png`, type: 'image/png', bytes: photoBytes }, { alt: 'Ảnh chiến dịch' })
  })

  it('stores an upload in the bucket, byte for byte, and nothing on the local disk', async () => {
    expect(sha256((await store.read(photo.filename))!)).toBe(sha256(photoBytes))
    expect(onLocalDisk(photo.filename)).toBe(false)
  })

  it('puts every image size in the bucket too, and none on the local disk', async () => {
    const keys = await store.keys()
    for (const size of SIZES) {
      const name = photo.sizes[size]!.filename!
      expect(name, size).toBeTruthy()
      expect(keys).toContain(name)
      expect(onLocalDisk(name)).toBe(false)
      // A real resized picture, not a copy of the original.
      expect((await sharp((await store.read(name))!).metadata()).width).toBeLessThan(2000)
    }
  })

  it('gives every file an address under /api/media/file/, never the bucket’s', async () => {
    const addresses = [photo.url, ...SIZES.map((size) => photo.sizes[size]!.url!)]
    for (const address of addresses) {
      expect(new URL(address, 'http://newsroom.test').pathname).toMatch(/^\/api\/media\/file\/[^/]+$/)
      expect(address).not.toContain(store.endpoint)
      expect(address).not.toContain(store.bucket)
    }
  })

  it('serves a public image and each of its sizes to an anonymous reader through /api/media/file/, with the bucket’s bytes', async () => {
    const campaign = await makeCampaign(payload, `Chiến dịch ảnh ${run}`)
    await publishForTest(payload, 'campaigns', campaign.id, { heroImage: photo.id })
    const original = await fetchFile(photo.filename)
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/png')
    expect(original.headers.get('cache-control')).toBe('public, max-age=300')
    expect(original.bytes.equals(photoBytes)).toBe(true)
    for (const size of SIZES) {
      const name = photo.sizes[size]!.filename!
      const served = await fetchFile(name)
      expect(served.status, size).toBe(200)
      expect(served.bytes.equals((await store.read(name))!), size).toBe(true)
    }
  })

  it('keeps every object under its file name, whatever storage prefix a client sends', async () => {
    const sent = await upload({ name: `tien-to-${run}.pdf`, type: 'application/pdf', bytes: samplePdf('Tien to') }, { alt: 'Tiền tố', prefix: 'elsewhere' })
    const changed = await rest('PATCH', `/media/${sent.id}`, { token: staffToken, body: { prefix: '../elsewhere', _objectKey: 'other' } })
    expect(changed.status).toBeLessThan(500)
    const stored = await payload.findByID({ collection: 'media', id: sent.id, overrideAccess: true })
    expect(stored.prefix ?? '').toBe('')
    expect(stored._objectKey ?? null).toBeNull()
    expect(await store.read(sent.filename)).not.toBeNull()
    expect((await store.keys()).filter((key) => key.includes('/'))).toEqual([])
    // Payload's ?prefix= on a file address finds no such file; it never reaches the bucket.
    const asked = await fetchFile(photo.filename, undefined, '?prefix=elsewhere')
    expect([403, 404]).toContain(asked.status)
  })

  it('answers a byte range of a file kept in the bucket with 206 and just those bytes', async () => {
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const request = new Request(`http://newsroom.test/api/media/file/${photo.filename}`, { headers: { Range: 'bytes=10-109' } })
    const response = await handleEndpoints({ config, path: `/api/media/file/${photo.filename}`, request })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes 10-109/${photoBytes.length}`)
    expect(Buffer.from(await response.arrayBuffer()).equals(photoBytes.subarray(10, 110))).toBe(true)
  })

  it('refuses the document of an embargoed briefing pack to an anonymous reader, as if it did not exist, and serves it to staff', async () => {
    const pdf = samplePdf(`Bao cao cam dang ${run}`)
    const document = await upload({ name: `bao-cao-cam-dang-${run}.pdf`, type: 'application/pdf', bytes: pdf }, { alt: 'Báo cáo cấm đăng' })
    await publishedPack(`Gói cấm đăng ${run}`, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString(), documents: [document.id] })
    expect(await store.read(document.filename)).not.toBeNull()

    const anonymous = await fetchFile(document.filename)
    const unknown = await fetchFile(`khong-co-tep-nay-${run}.pdf`)
    expect(anonymous.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(anonymous.bytes.equals(unknown.bytes)).toBe(true)
    expect(anonymous.headers.get('cache-control') ?? '').not.toContain('public')

    const staff = await fetchFile(document.filename, staffToken)
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(staff.bytes.equals(pdf)).toBe(true)
    // Not public through the REST API either, and so no address to follow.
    expect((await rest('GET', `/media/${document.id}`)).status).toBe(404)
  })

  it('builds a bundle from the bucket’s files, byte for byte, and lists a file gone from the bucket in missing.txt', async () => {
    const pdf = samplePdf(`Tai lieu goi ${run}`)
    const document = await upload({ name: `tai-lieu-goi-${run}.pdf`, type: 'application/pdf', bytes: pdf }, { alt: 'Tài liệu' })
    const lost = await upload({ name: `to-trinh-${run}.pdf`, type: 'application/pdf', bytes: samplePdf('To trinh') }, { alt: 'Tờ trình' })
    const pack = await publishedPack(`Gói tài liệu ${run}`, { documents: [document.id, lost.id], images: [photo.id] })
    await store.remove(lost.filename)
    lostFromBucket = lost.filename

    const response = await handleBundle(payload, new Request(`http://newsroom.test/press/briefing-packs/${pack.slug}/bundle.zip`), pack.slug)
    expect(response.status).toBe(200)
    const entries = await unzip(Buffer.from(await response.arrayBuffer()))
    expect(entries.get(`documents/tai-lieu-goi-${run}.pdf`)!.equals((await store.read(document.filename))!)).toBe(true)
    expect(entries.get(`documents/tai-lieu-goi-${run}.pdf`)!.equals(pdf)).toBe(true)
    expect(entries.get(`images/anh-chien-dich-${run}.png`)!.equals(photoBytes)).toBe(true)
    expect(entries.has(`documents/to-trinh-${run}.pdf`)).toBe(false)
    expect(entries.get('missing.txt')!.toString('utf8')).toContain(`documents/to-trinh-${run}.pdf (${lost.filename})`)
    expect(entries.get('fact-sheet.html')!.toString('utf8')).toContain(`<a href="documents/tai-lieu-goi-${run}.pdf">`)
  })
})

describe('a file over 50 MB in S3-compatible storage', () => {
  const SIZE = 60 * 1024 * 1024
  let big: { doc: MediaDoc; sha256: string }

  beforeAll(async () => {
    // Random, so that no layer can compress or deduplicate it, between the header and the
    // cross-reference table Payload looks for before it accepts a PDF.
    const bytes = crypto.randomBytes(SIZE)
    bytes.write('%PDF-1.4\n')
    const tail = Buffer.from('\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n', 'latin1')
    tail.copy(bytes, SIZE - tail.length)
    big = { doc: await upload({ name: `du-lieu-lon-${run}.pdf`, type: 'application/pdf', bytes }, { alt: 'Bộ dữ liệu lớn' }), sha256: sha256(bytes) }
    bigName = big.doc.filename
  })

  it('uploads it in parts and reads back the same sha256 from the bucket and through /api/media/file/', async () => {
    expect((await store.head(big.doc.filename))?.size).toBe(SIZE)
    const parts = store.requests.filter((request) => request.startsWith(`PUT /${store.bucket}/${big.doc.filename}?`) && request.includes('partNumber='))
    expect(parts.length).toBeGreaterThan(1)
    expect(sha256((await store.read(big.doc.filename))!)).toBe(big.sha256)
    expect(await hashOfServedFile(big.doc.filename, staffToken)).toEqual({ status: 200, sha256: big.sha256, size: SIZE })
    expect(onLocalDisk(big.doc.filename)).toBe(false)
  })
})

describe('npm run media:migrate', () => {
  type Moved = { name: string; sha256: string }
  let moved: Moved[]

  /** The task the npm script runs, in a process of its own, with this file's database and store. */
  function migrateTask(): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tasks/migrateMedia.ts'], {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: 'error' },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })))
  }

  // Further runs call the task's function in this process: a process of its own costs seconds
  // to load the configuration, and the first run already shows the task end to end.
  const migrateHere = () => copyMediaToBucket({ payload, directory: localMediaDir(), settings: s3StorageSettings()! })

  beforeAll(async () => {
    // Files from before S3 was switched on: an image with its sizes and the 60 MB document,
    // moved out of the bucket onto the local disk, where the app used to keep them.
    const image = await upload({ name: `anh-cu-${run}.png`, type: 'image/png', bytes: await picture(200) }, { alt: 'Ảnh cũ' })
    const names = [image.filename, ...SIZES.map((size) => image.sizes[size]!.filename!), bigName]
    fs.mkdirSync(localMediaDir(), { recursive: true })
    moved = []
    for (const name of names) {
      const bytes = (await store.read(name))!
      fs.writeFileSync(path.join(localMediaDir(), name), bytes)
      await store.remove(name)
      moved.push({ name, sha256: sha256(bytes) })
    }
  })

  afterAll(() => {
    for (const { name } of moved ?? []) fs.rmSync(path.join(localMediaDir(), name), { force: true })
  })

  it('streams each local file into the bucket, the large one in parts, and reports what it copied and what it could not find', async () => {
    const before = store.requests.length
    const outcome = await migrateTask()
    expect(outcome.code, outcome.output).toBe(0)
    const report = /media:migrate: (\d+) copied \([\d.]+ MB\), (\d+) already in the bucket, (\d+) missing/.exec(outcome.output)
    expect(report, outcome.output).not.toBeNull()
    expect(Number(report![1])).toBe(moved.length)
    for (const { name, sha256: expected } of moved) expect(sha256((await store.read(name))!), name).toBe(expected)
    const uploads = store.requests.slice(before)
    expect(uploads.filter((request) => request.startsWith(`PUT /${store.bucket}/${bigName}?`) && request.includes('partNumber=')).length).toBeGreaterThan(1)
    // The document the bundle test took out of the bucket is on neither side: named, not fatal.
    expect(Number(report![3])).toBe(1)
    expect(outcome.output).toContain(`missing: ${lostFromBucket} (named by a media record, neither on disk nor in the bucket)`)
  })

  it('copies nothing when run a second time', async () => {
    const again = await migrateHere()
    expect(again.copied).toEqual([])
    expect(again.present).toEqual(expect.arrayContaining(moved.map(({ name }) => name)))
    expect(again.missing).toEqual([lostFromBucket])
  })

  it('copies again a file whose object in the bucket has another size, and only that one', async () => {
    const [victim] = moved
    await store.write(victim!.name, Buffer.from('truncated'))
    const again = await migrateHere()
    expect(again.copied).toEqual([victim!.name])
    expect(sha256((await store.read(victim!.name))!)).toBe(victim!.sha256)
  })
})
