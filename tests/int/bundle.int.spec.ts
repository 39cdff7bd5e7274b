import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import schema from '@/delivery/ninjs/ninjs-schema_3.1.json'
import { poolOf } from '@/db/sql'
import { handleBundle } from '@/press/bundle/handleBundle'
import { localMediaDir } from '@/config/paths'
import { hashSecret, newSecret } from '@/press/session/hashSecret'
import { PRESS_SESSION_COOKIE } from '@/press/session/pressCookie'
import { publishForTest } from '../helpers/content'
import { sampleImage, samplePdf } from '../helpers/siteContent'
import { getTestPayload } from '../helpers/testPayload'

let payload: Payload
const run = Date.now().toString(36)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-test-'))

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
// As in ninjsSchema.int.spec.ts: a stand-in for the GeoJSON schema, which cannot be fetched here.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object', required: ['type'], properties: { type: { type: 'string' } } })
const validateNinjs = ajv.compile(schema)

type Upload = { id: number; filename: string; bytes: Buffer }

async function upload(name: string, mimetype: string, bytes: Buffer, data: Record<string, unknown>): Promise<Upload> {
  const made = await payload.create({
    collection: 'media',
    data: data as never,
    file: { data: bytes, mimetype, name, size: bytes.length },
    overrideAccess: true,
  })
  return { id: Number(made.id), filename: String(made.filename), bytes }
}

async function publishedPack(title: string, data: Record<string, unknown>, english?: string) {
  const created = (await payload.create({
    collection: 'briefing-packs',
    data: { title, ...data } as never,
    locale: 'vi',
    draft: true,
    overrideAccess: true,
  })) as { id: number; slug: string }
  if (english)
    await payload.update({ collection: 'briefing-packs', id: created.id, data: { title: english } as never, locale: 'en', draft: true, overrideAccess: true })
  await publishForTest(payload, 'briefing-packs', created.id)
  return created
}

function download(slug: string, options: { query?: string; cookie?: string; signal?: AbortSignal; acceptLanguage?: string } = {}) {
  const request = new Request(`http://newsroom.test/press/briefing-packs/${slug}/bundle.zip${options.query ?? ''}`, {
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.acceptLanguage ? { 'accept-language': options.acceptLanguage } : {}) },
    signal: options.signal,
  })
  return handleBundle(payload, request, slug)
}

/** Every entry of a ZIP, as yauzl reads it: its name and its bytes. */
async function unzip(zip: Buffer | string): Promise<Map<string, Buffer>> {
  const file = typeof zip === 'string' ? await yauzl.openPromise(zip) : await yauzl.fromBufferPromise(zip)
  const entries = new Map<string, Buffer>()
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    entries.set(entry.fileName, Buffer.concat(chunks))
  }
  file.close()
  return entries
}

const zipOf = async (response: Response) => unzip(Buffer.from(await response.arrayBuffer()))

let pdf: Upload
let photo: Upload
let classroom: Upload
let pack: { id: number; slug: string }

beforeAll(async () => {
  payload = await getTestPayload()
  pdf = await upload('Báo cáo tổng kết.pdf', 'application/pdf', samplePdf('Bao cao tong ket'), {
    alt: 'Báo cáo tổng kết năm',
    credit: 'Bộ Thông tin và Truyền thông',
  })
  photo = await upload('Ảnh chiến dịch.png', 'image/png', await sampleImage(40), {
    alt: 'Một gia đình dùng máy tính bảng',
    caption: 'Cha mẹ cùng con học trực tuyến',
    credit: 'Ảnh: Bộ Thông tin và Truyền thông',
    usageTerms: 'Sử dụng miễn phí khi ghi nguồn',
  })
  classroom = await upload('Lớp học kỹ năng số.png', 'image/png', await sampleImage(160), {
    alt: 'Giờ học kỹ năng số',
    credit: 'Ảnh: Cục An toàn thông tin',
    usageTerms: 'Chỉ dùng cho tin bài về chương trình',
  })
  pack = await publishedPack(
    `Tài liệu họp báo tháng hành động ${run}`,
    {
      summary: 'Số liệu, thông điệp và người phát ngôn cho phóng viên.',
      keyFacts: [
        { statement: 'Trẻ em dùng Internet 5 giờ mỗi ngày', figure: '5 giờ', source: 'Khảo sát UNICEF 2024', sourceUrl: 'https://example.org/khao-sat' },
      ],
      talkingPoints: [{ point: 'Bảo vệ trẻ em trên mạng là trách nhiệm chung.' }],
      qa: [{ question: 'Gọi số nào khi cần hỗ trợ?', answer: 'Tổng đài 111.' }],
      spokespeople: [{ name: 'Nguyễn Văn Minh', role: 'Người phát ngôn', phone: '+84 24 3943 0000', email: 'phatngon@example.org' }],
      documents: [pdf.id],
      images: [photo.id, classroom.id],
    },
    `Action month press pack ${run}`,
  )
})

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('downloading a public briefing pack', () => {
  it('answers a ZIP named after the slug, as an attachment, cacheable for a short while', async () => {
    const response = await download(pack.slug)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${pack.slug}.zip"; filename*=UTF-8''${pack.slug}.zip`)
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
    await response.body?.cancel()
  })

  it('holds the fact sheet, the manifest, the document, the original images and their credits, all under ASCII names', async () => {
    const entries = await zipOf(await download(pack.slug))
    expect([...entries.keys()].sort()).toEqual(
      [
        'documents/bao-cao-tong-ket.pdf',
        'fact-sheet.html',
        'images/anh-chien-dich.png',
        'images/credits.txt',
        'images/lop-hoc-ky-nang-so.png',
        'manifest.json',
      ].sort(),
    )
    for (const name of entries.keys()) expect(name).toMatch(/^[\x21-\x7e]+$/)
  })

  it('carries the uploaded files byte for byte, and the originals rather than resized copies', async () => {
    const entries = await zipOf(await download(pack.slug))
    expect(entries.get('documents/bao-cao-tong-ket.pdf')!.equals(pdf.bytes)).toBe(true)
    expect(entries.get('images/anh-chien-dich.png')!.equals(photo.bytes)).toBe(true)
    expect(entries.get('images/lop-hoc-ky-nang-so.png')!.equals(classroom.bytes)).toBe(true)
  })

  it('lists each image in credits.txt with its credit, caption and usage terms', async () => {
    const credits = (await zipOf(await download(pack.slug))).get('images/credits.txt')!.toString('utf8')
    for (const text of [
      'anh-chien-dich.png',
      'Ảnh: Bộ Thông tin và Truyền thông',
      'Cha mẹ cùng con học trực tuyến',
      'Sử dụng miễn phí khi ghi nguồn',
      'lop-hoc-ky-nang-so.png',
      'Ảnh: Cục An toàn thông tin',
      'Chỉ dùng cho tin bài về chương trình',
    ]) {
      expect(credits).toContain(text)
    }
  })

  it('describes the pack in manifest.json as the valid ninjs item agencies receive for it', async () => {
    const manifest = JSON.parse((await zipOf(await download(pack.slug))).get('manifest.json')!.toString('utf8'))
    expect(validateNinjs(manifest), JSON.stringify(validateNinjs.errors)).toBe(true)
    expect(manifest.uri).toBe(`urn:newsroom:briefing-pack:${pack.id}:vi`)
    expect(manifest.headlines[0].value).toBe(`Tài liệu họp báo tháng hành động ${run}`)
    const { rows } = await poolOf(payload).query(`SELECT ninjs FROM delivery_changes WHERE item_id = $1 ORDER BY id DESC LIMIT 1`, [
      `briefing-pack-${pack.id}-vi`,
    ])
    expect(manifest).toEqual(rows[0].ninjs)
  })

  it('gives the fact sheet and the manifest in English when asked for English', async () => {
    const entries = await zipOf(await download(pack.slug, { query: '?lang=en' }))
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'))
    expect(manifest.uri).toBe(`urn:newsroom:briefing-pack:${pack.id}:en`)
    expect(manifest.headlines[0].value).toBe(`Action month press pack ${run}`)
    const html = entries.get('fact-sheet.html')!.toString('utf8')
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(`Action month press pack ${run}`)
    expect(html).toContain('<a href="documents/bao-cao-tong-ket.pdf">')
  })

  it('gives the Vietnamese manifest for a pack with no English version, rather than Vietnamese text labelled English', async () => {
    const vietnameseOnly = await publishedPack(`Gói chỉ có tiếng Việt ${run}`, { documents: [pdf.id] })
    const manifest = JSON.parse((await zipOf(await download(vietnameseOnly.slug, { query: '?lang=en' }))).get('manifest.json')!.toString('utf8'))
    expect(manifest.uri).toBe(`urn:newsroom:briefing-pack:${vietnameseOnly.id}:vi`)
    expect(manifest.language).toBe('vi')
    expect(manifest.headlines[0].value).toBe(`Gói chỉ có tiếng Việt ${run}`)
  })

  it('refuses a language other than vi or en, naming the parameter', async () => {
    const response = await download(pack.slug, { query: '?lang=fr' })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({ code: 'invalid_parameter', field: 'lang' })
  })

  it('skips a file missing on disk, lists it in missing.txt and still delivers the rest', async () => {
    const lost = await upload('Tờ trình đã mất.pdf', 'application/pdf', samplePdf('To trinh'), { alt: 'Tờ trình', credit: 'Bộ' })
    const withLost = await publishedPack(`Gói thiếu tệp ${run}`, { documents: [lost.id, pdf.id], images: [photo.id] })
    fs.rmSync(path.join(localMediaDir(), lost.filename))
    const response = await download(withLost.slug)
    expect(response.status).toBe(200)
    const entries = await zipOf(response)
    expect(entries.has('documents/to-trinh-da-mat.pdf')).toBe(false)
    expect(entries.get('documents/bao-cao-tong-ket.pdf')!.equals(pdf.bytes)).toBe(true)
    expect(entries.get('missing.txt')!.toString('utf8')).toContain(`documents/to-trinh-da-mat.pdf (${lost.filename})`)
    expect(entries.get('fact-sheet.html')!.toString('utf8')).not.toContain('href="documents/to-trinh-da-mat.pdf"')
  })

  it('answers 410 for a withdrawn pack', async () => {
    const withdrawn = await publishedPack(`Gói đã gỡ ${run}`, {})
    await payload.update({
      collection: 'briefing-packs',
      id: withdrawn.id,
      data: { _status: 'draft', stage: 'withdrawn' } as never,
      context: { workflow: 'withdraw' },
      overrideAccess: true,
    })
    const response = await download(withdrawn.slug)
    expect(response.status).toBe(410)
    expect((await response.json()).error.code).toBe('gone')
  })
})

describe('downloading an embargoed briefing pack', () => {
  const embargoUntil = new Date(Date.now() + 2 * 86_400_000).toISOString()
  let embargoed: { id: number; slug: string }
  let journalist: { id: number; email: string }
  let cookie: string

  beforeAll(async () => {
    embargoed = await publishedPack(`Báo cáo cấm đăng ${run}`, { embargoUntil, documents: [pdf.id], images: [photo.id] })
    const email = `phong-vien-${run}@bao.test`
    const made = await payload.create({
      collection: 'journalists',
      data: { name: 'Lê Thu Hà', outlet: 'VietNamNet', email, pressCardNumber: `PV-${run}`, status: 'accredited' } as never,
      overrideAccess: true,
    })
    journalist = { id: Number(made.id), email }
    const token = newSecret()
    await poolOf(payload).query(`INSERT INTO press_sessions (token_hash, journalist_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      hashSecret(token),
      journalist.id,
    ])
    cookie = `other=1; ${PRESS_SESSION_COOKIE}=${token}`
  })

  const auditEntries = async (packId: number) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: { and: [{ event: { equals: 'embargo_access' } }, { targetCollection: { equals: 'briefing-packs' } }, { targetId: { equals: String(packId) } }] },
        overrideAccess: true,
        limit: 100,
      })
    ).docs as any[]

  it('answers an anonymous reader 404, exactly as for a pack that does not exist', async () => {
    const hidden = await download(embargoed.slug)
    const unknown = await download(`khong-co-goi-nay-${run}`)
    expect(hidden.status).toBe(404)
    expect(hidden.headers.get('cache-control')).toBe('no-store')
    const body = await hidden.json()
    expect(body).toEqual({ error: { code: 'not_found', message: `Không có bộ tài liệu họp báo "${embargoed.slug}".`, field: 'slug' } })
    expect((await unknown.json()).error).toEqual({ ...body.error, message: `Không có bộ tài liệu họp báo "khong-co-goi-nay-${run}".` })
    const inEnglish = await download(embargoed.slug, { acceptLanguage: 'en-GB,en;q=0.9' })
    expect((await inEnglish.json()).error).toEqual({ ...body.error, message: `No briefing pack "${embargoed.slug}".` })
  })

  it('answers 404 for a draft, even to an accredited journalist', async () => {
    const draft = (await payload.create({ collection: 'briefing-packs', data: { title: `Gói nháp ${run}` } as never, draft: true, overrideAccess: true })) as {
      slug: string
    }
    expect((await download(draft.slug, { cookie })).status).toBe(404)
  })

  it('gives an accredited journalist the bundle, private and uncached, with the embargo in the manifest and on the fact sheet', async () => {
    const response = await download(embargoed.slug, { cookie })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const entries = await zipOf(response)
    expect(entries.get('documents/bao-cao-tong-ket.pdf')!.equals(pdf.bytes)).toBe(true)
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'))
    expect(manifest.embargoedUntil).toBe(embargoUntil)
    expect(entries.get('fact-sheet.html')!.toString('utf8')).toContain('CẤM ĐĂNG ĐẾN')
  })

  it('writes an embargo_access audit entry naming the journalist for each download', async () => {
    const before = (await auditEntries(embargoed.id)).length
    await (await download(embargoed.slug, { cookie, query: '?lang=en' })).body?.cancel()
    const entries = await auditEntries(embargoed.id)
    expect(entries.length).toBe(before + 1)
    const entry = entries.find((candidate) => candidate.details?.lang === 'en')
    expect(entry.actorLabel).toBe(`journalist #${journalist.id} ${journalist.email}`)
    expect(entry.details).toMatchObject({ packId: embargoed.id, slug: embargoed.slug, lang: 'en', kind: 'bundle' })
  })

  it('does not audit a journalist downloading a pack that is already public', async () => {
    await (await download(pack.slug, { cookie })).body?.cancel()
    expect(await auditEntries(pack.id)).toHaveLength(0)
  })

  it('stops serving a journalist whose accreditation is revoked', async () => {
    const email = `thu-hoi-${run}@bao.test`
    const made = await payload.create({
      collection: 'journalists',
      data: { name: 'Phạm Văn Nam', outlet: 'Báo A', email, pressCardNumber: `PV2-${run}`, status: 'accredited' } as never,
      overrideAccess: true,
    })
    const token = newSecret()
    await poolOf(payload).query(`INSERT INTO press_sessions (token_hash, journalist_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      hashSecret(token),
      made.id,
    ])
    const revokedCookie = `${PRESS_SESSION_COOKIE}=${token}`
    expect((await download(embargoed.slug, { cookie: revokedCookie })).status).toBe(200)
    await payload.update({
      collection: 'journalists',
      id: made.id,
      data: { status: 'revoked', decisionNote: 'Thẻ nhà báo hết hạn' } as never,
      overrideAccess: true,
    })
    expect((await download(embargoed.slug, { cookie: revokedCookie })).status).toBe(404)
  })
})

describe('streaming a large pack', () => {
  const SIZE = 40 * 1024 * 1024
  let big: Upload & { path: string; sha256: string }
  let bigPack: { id: number; slug: string }

  // The test needs the live heap, not garbage the collector has not reached yet.
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  // Buffers are freed on a background thread after a collection: give it a moment.
  const memory = async () => {
    gc()
    await new Promise((resolve) => setTimeout(resolve, 5))
    gc()
    const usage = process.memoryUsage()
    return usage.heapUsed + usage.arrayBuffers
  }

  beforeAll(async () => {
    const small = await upload('Dữ liệu khảo sát đầy đủ.pdf', 'application/pdf', samplePdf('Du lieu'), { alt: 'Dữ liệu khảo sát', credit: 'UNICEF' })
    // The upload path is not under test and would hold 40 MB in this process: the stored
    // original is replaced on disk by a 40 MB file of random (incompressible) bytes.
    const file = path.join(localMediaDir(), small.filename)
    const hash = crypto.createHash('sha256')
    const out = fs.openSync(file, 'w')
    const chunk = Buffer.alloc(1024 * 1024)
    for (let written = 0; written < SIZE; written += chunk.length) {
      crypto.randomFillSync(chunk)
      if (written === 0) chunk.write('%PDF-1.4\n')
      fs.writeSync(out, chunk)
      hash.update(chunk)
    }
    fs.closeSync(out)
    big = { ...small, path: file, sha256: hash.digest('hex') }
    bigPack = await publishedPack(`Bộ dữ liệu lớn ${run}`, { documents: [big.id] })
  })

  const openDescriptorsOf = (file: string) =>
    fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
      } catch {
        return false
      }
    }).length

  it('streams a 40 MB document with memory growth far below its size', async () => {
    const baseline = await memory()
    let peak = 0
    const response = await download(bigPack.slug)
    peak = Math.max(peak, (await memory()) - baseline)
    const zipPath = path.join(tmp, 'big.zip')
    const out = fs.openSync(zipPath, 'w')
    let received = 0
    let nextSample = 0
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      fs.writeSync(out, chunk)
      received += chunk.length
      if (received >= nextSample) {
        peak = Math.max(peak, (await memory()) - baseline)
        nextSample += 2 * 1024 * 1024
      }
    }
    fs.closeSync(out)
    expect(received).toBeGreaterThan(SIZE)
    expect(peak).toBeLessThan(SIZE / 4)

    const zip = await yauzl.openPromise(zipPath)
    const digests = new Map<string, string>()
    for await (const entry of zip.eachEntry()) {
      const hash = crypto.createHash('sha256')
      for await (const piece of await zip.openReadStreamPromise(entry)) hash.update(piece as Buffer)
      digests.set(entry.fileName, hash.digest('hex'))
    }
    zip.close()
    expect(digests.get('documents/du-lieu-khao-sat-day-du.pdf')).toBe(big.sha256)
  })

  it('stops reading and closes the file when the client goes away, failing rather than ending the ZIP', async () => {
    const controller = new AbortController()
    const response = await download(bigPack.slug, { signal: controller.signal })
    const reader = response.body!.getReader()
    let received = 0
    while (received < 3 * 1024 * 1024) received += (await reader.read()).value?.length ?? 0
    expect(openDescriptorsOf(big.path)).toBe(1)
    // As on a server once the handler has returned, nothing but the download holds the Request.
    gc()
    controller.abort()
    const outcome = await (async () => {
      for (;;) if ((await reader.read()).done) return 'ended'
    })().catch(() => 'failed')
    expect(outcome).toBe('failed')
    await expect.poll(() => openDescriptorsOf(big.path), { timeout: 2_000 }).toBe(0)
  })

  it('closes the file when the HTTP layer cancels the body', async () => {
    const reader = (await download(bigPack.slug)).body!.getReader()
    let received = 0
    while (received < 3 * 1024 * 1024) received += (await reader.read()).value?.length ?? 0
    expect(openDescriptorsOf(big.path)).toBe(1)
    await reader.cancel()
    await expect.poll(() => openDescriptorsOf(big.path), { timeout: 2_000 }).toBe(0)
  })
})
