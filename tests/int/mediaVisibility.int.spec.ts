import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency, v1 } from '../helpers/delivery'
import { samplePdf } from '../helpers/siteContent'
import { graphql } from '../helpers/graphql'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let campaignId: number
let editorToken: string
let reviewerToken: string
let trustedKey: string
let untrustedKey: string

const marker = (label: string) => `${label}-${randomBytes(4).toString('hex')}`
const png = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()

type MediaRecord = { id: number; filename: string; sizes?: Record<string, { filename?: string | null }> }

async function uploadMedia(kind: 'png' | 'pdf', fields: Record<string, unknown>): Promise<MediaRecord> {
  const name = `${marker(kind === 'png' ? 'anh' : 'tai-lieu')}.${kind}`
  const created = await payload.create({
    collection: 'media',
    data: { credit: 'Bộ TT&TT', ...fields } as never,
    file:
      kind === 'png'
        ? { data: await png(), mimetype: 'image/png', name, size: 1 }
        : { data: samplePdf('Tai lieu mat'), mimetype: 'application/pdf', name, size: 1 },
    overrideAccess: true,
  })
  return created as unknown as MediaRecord
}

const uploadNode = (mediaId: number) => ({
  type: 'upload',
  relationTo: 'media',
  value: mediaId,
  fields: null,
  format: '',
  version: 3,
  id: randomBytes(6).toString('hex'),
})

function bodyWithImage(mediaId: number, text = 'Đoạn mở đầu.') {
  const body = lexicalParagraphs(text) as { root: { children: unknown[] } }
  body.root.children.push(uploadNode(mediaId))
  return body
}

async function article(extra: Record<string, unknown> = {}) {
  const created = await payload.create({
    collection: 'articles',
    data: { headline: marker('Bài'), campaign: campaignId, ...extra } as never,
    draft: true,
    overrideAccess: true,
  })
  return created.id as number
}

const withdraw = (collection: 'articles' | 'briefing-packs', id: number) =>
  payload.update({ collection, id, data: { _status: 'draft', stage: 'withdrawn' } as never, context: { workflow: 'withdraw' }, overrideAccess: true })

/** A file the reader may not see answers 404, as an unknown one does, and is never cacheable. */
const fileStatus = async (filename: string, token?: string) => {
  const response = await rest('GET', `/media/file/${filename}`, token ? { token } : {})
  const cacheControl = response.headers.get('cache-control')
  if (response.status === 404) expect(cacheControl ?? '').not.toContain('public')
  return { status: response.status, cacheControl: response.status === 404 ? 'none' : cacheControl }
}

const act = (token: string, id: number, body: unknown) => rest('POST', `/workflow/articles/${id}`, { token, body })

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  await publishForTest(payload, 'campaigns', campaignId)
  const editor = await makeStaff(payload, ['editor'])
  const reviewer = await makeStaff(payload, ['reviewer'])
  editorToken = await login(editor.email, editor.password)
  reviewerToken = await login(reviewer.email, reviewer.password)
  trustedKey = (await makeAgency(payload, { trusted: true })).apiKey
  untrustedKey = (await makeAgency(payload, { trusted: false })).apiKey
})

describe('a media file is public only while a public item uses it', () => {
  it('keeps a document attached only to an embargoed briefing pack out of lists, queries, GraphQL and file reads', async () => {
    const alt = marker('Tài liệu cấm công bố')
    const file = await uploadMedia('pdf', { alt })
    const pack = await payload.create({
      collection: 'briefing-packs',
      data: { title: marker('Gói'), documents: [file.id] } as never,
      draft: true,
      overrideAccess: true,
    })
    await publishForTest(payload, 'briefing-packs', pack.id as number, { embargoUntil: new Date(Date.now() + 30 * 86_400_000).toISOString() })

    const listed = await rest('GET', `/media?where[alt][like]=${encodeURIComponent(alt)}`)
    expect(listed.status).toBe(200)
    expect(listed.body.totalDocs).toBe(0)
    expect(JSON.stringify(listed.body)).not.toContain(file.filename)
    const byId = await rest('GET', `/media/${file.id}`)
    expect(byId.status).toBe(404)
    const gql = await graphql<{ allMedia: { docs: Array<{ alt: string }> } }>(`
      {
        allMedia(limit: 100) {
          docs {
            alt
            filename
          }
        }
      }
    `)
    expect(JSON.stringify(gql)).not.toContain(alt)
    expect(await fileStatus(file.filename)).toEqual({ status: 404, cacheControl: 'none' })
    const untrusted = await rest('GET', `/media?where[alt][like]=${encodeURIComponent(alt)}`, { token: `agencies API-Key ${untrustedKey}` })
    expect(untrusted.body.totalDocs).toBe(0)

    // Trusted agencies may see what embargoed items they receive use; staff see every file.
    const trusted = await rest('GET', `/media?where[alt][like]=${encodeURIComponent(alt)}`, { token: `agencies API-Key ${trustedKey}` })
    expect(trusted.body.totalDocs).toBe(1)
    expect(await fileStatus(file.filename, `agencies API-Key ${trustedKey}`)).toEqual({ status: 200, cacheControl: 'private, no-store' })
    expect(await fileStatus(file.filename, editorToken)).toEqual({ status: 200, cacheControl: 'private, no-store' })
  })

  it('publishes an image with the item that uses it, every image size included, and takes it down on withdrawal', async () => {
    const file = await uploadMedia('png', { alt: marker('Ảnh minh hoạ') })
    const thumbnail = file.sizes?.thumbnail?.filename
    expect(thumbnail).toBeTruthy()
    const id = await article({ images: [file.id] })
    expect((await fileStatus(file.filename)).status).toBe(404)
    expect((await fileStatus(thumbnail!)).status).toBe(404)

    await publishForTest(payload, 'articles', id)
    expect(await fileStatus(file.filename)).toEqual({ status: 200, cacheControl: 'public, max-age=300' })
    expect((await fileStatus(thumbnail!)).status).toBe(200)
    expect((await rest('GET', `/media/${file.id}`)).status).toBe(200)

    await withdraw('articles', id)
    expect(await fileStatus(file.filename)).toEqual({ status: 404, cacheControl: 'none' })
    expect((await fileStatus(thumbnail!)).status).toBe(404)
    expect((await rest('GET', `/media/${file.id}`)).status).toBe(404)
  })

  it('keeps a file public while another live item still uses it', async () => {
    const file = await uploadMedia('png', { alt: marker('Ảnh dùng chung') })
    const first = await article({ images: [file.id] })
    const second = await article({ body: bodyWithImage(file.id) })
    await publishForTest(payload, 'articles', first)
    await publishForTest(payload, 'articles', second)
    await withdraw('articles', first)
    expect((await fileStatus(file.filename)).status).toBe(200)
    await payload.delete({ collection: 'articles', id: second, overrideAccess: true })
    expect((await fileStatus(file.filename)).status).toBe(404)
  })

  it('makes a file public at the moment the embargo of the item that uses it passes', async () => {
    const file = await uploadMedia('png', { alt: marker('Ảnh cấm vận ngắn') })
    const id = await article({ images: [file.id] })
    await publishForTest(payload, 'articles', id, { embargoUntil: new Date(Date.now() + 1500).toISOString() })
    expect((await fileStatus(file.filename)).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect((await fileStatus(file.filename)).status).toBe(200)
  })
})

describe('the safeguarding gate sees every image', () => {
  it('refuses to publish an article whose body holds a picture of a child without consent', async () => {
    const child = await uploadMedia('png', { alt: marker('Em bé'), depictsChild: true })
    const created = await rest('POST', '/articles?draft=true', {
      token: editorToken,
      body: { headline: marker('Bài có ảnh trẻ em'), campaign: campaignId, body: bodyWithImage(child.id) },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    expect((await act(editorToken, id, { action: 'submit' })).status).toBe(200)
    expect((await act(reviewerToken, id, { action: 'approve' })).status).toBe(200)
    const published = await act(reviewerToken, id, { action: 'publish' })
    expect(published.status).toBe(409)
    expect(published.body.error.code).toBe('safeguarding')
    expect(JSON.stringify(published.body)).toContain(child.filename)
    const scheduled = await act(reviewerToken, id, { action: 'schedule', publishAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect(scheduled.status).toBe(409)
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
  })

  it('refuses a child picture in the English body, whatever path tries to publish it', async () => {
    const child = await uploadMedia('png', { alt: marker('Em nhỏ'), depictsChild: true })
    const id = await article({ body: lexicalParagraphs('Chỉ có chữ.') })
    await payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      data: { headline: marker('English'), body: bodyWithImage(child.id, 'English text.') } as never,
      draft: true,
      overrideAccess: true,
    })
    await expect(publishForTest(payload, 'articles', id)).rejects.toMatchObject({ status: 409 })
    const live = await payload.findByID({ collection: 'articles', id, draft: false, overrideAccess: true })
    expect(live._status).not.toBe('published')
  })

  it('publishes a consented picture in the body and never renders one whose consent is missing', async () => {
    const consented = await uploadMedia('png', { alt: marker('Ảnh có đồng ý'), depictsChild: true, consentRecorded: true, consentReference: marker('HS') })
    const id = await article({ body: bodyWithImage(consented.id) })
    await publishForTest(payload, 'articles', id)
    const item = await v1(payload, `/items/article-${id}-vi`, untrustedKey)
    expect(item.status).toBe(200)
    expect(item.text).toContain(consented.filename)
    expect(item.text).not.toContain('consentReference')
  })
})

describe('safeguarding facts are for staff', () => {
  it('leaves consent fields out of anonymous and agency answers, and refuses queries on them', async () => {
    const reference = marker('HS-DONG-Y')
    const photo = await uploadMedia('png', {
      alt: marker('Ảnh công khai'),
      depictsChild: true,
      consentRecorded: true,
      consentReference: reference,
      consentExpiry: new Date(Date.now() + 86_400_000).toISOString(),
    })
    await publishForTest(payload, 'articles', await article({ images: [photo.id] }))
    for (const token of [undefined, `agencies API-Key ${untrustedKey}`, `agencies API-Key ${trustedKey}`]) {
      const answer = await rest('GET', `/media/${photo.id}`, token ? { token } : {})
      expect(answer.status).toBe(200)
      for (const field of ['depictsChild', 'consentRecorded', 'consentReference', 'consentExpiry', 'visibleFrom']) expect(answer.body).not.toHaveProperty(field)
      expect(JSON.stringify(answer.body)).not.toContain(reference)
    }
    const probe = await rest('GET', `/media?where[consentReference][equals]=${reference}`)
    expect(probe.status).toBe(400)
    expect(JSON.stringify(probe.body)).toContain('consentReference')
    const staff = await rest('GET', `/media/${photo.id}`, { token: editorToken })
    expect(staff.body.consentReference).toBe(reference)
  })
})
