import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeCampaign, publishForTest } from '../helpers/content'
import { login } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let token: string

/** Multipart upload through the same REST handler the app serves. */
async function upload(file: { name: string; type: string; bytes: Buffer }, fields: Record<string, unknown>, withToken = true) {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const request = new Request('http://newsroom.test/api/media', {
    method: 'POST',
    headers: withToken ? { Authorization: `JWT ${token}` } : {},
    body: form,
  })
  const response = await handleEndpoints({ config, path: '/api/media', request })
  return { status: response.status, body: (await response.json()) as any }
}

const png = (width = 1200, height = 800) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer()

beforeAll(async () => {
  process.env.MAX_UPLOAD_MB = '1'
  payload = await getTestPayload()
  const editor = await makeStaff(payload, ['editor'])
  token = await login(editor.email, editor.password)
})

describe('media uploads', () => {
  it('stores an image with its credit and generates the image sizes with sharp', async () => {
    const response = await upload(
      { name: 'tre-em-hoc-online.png', type: 'image/png', bytes: await png() },
      { alt: 'Trẻ em học trực tuyến', credit: 'Bộ TT&TT' },
    )
    expect(response.status).toBe(201)
    expect(response.body.doc.mimeType).toBe('image/png')
    expect(response.body.doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300 })
    expect(response.body.doc.sizes.card.width).toBe(800)
  })

  it('refuses a file whose bytes are not what its name and type claim', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const response = await upload(
      { name: 'photo.png', type: 'image/png', bytes: Buffer.from('#!/bin/sh\necho not an image\n'.repeat(20)) },
      { alt: 'x', credit: 'y' },
    )
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses SVG, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const response = await upload({ name: 'logo.svg', type: 'image/svg+xml', bytes: svg }, { alt: 'Logo', credit: 'Bộ' })
    expect(response.status).toBe(400)
  })

  it('answers 413 for a file above MAX_UPLOAD_MB', async () => {
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(1.5 * 1024 * 1024)])
    const response = await upload({ name: 'big.png', type: 'image/png', bytes: big }, { alt: 'Lớn', credit: 'Bộ' })
    expect(response.status).toBe(413)
    // No Accept-Language: the newsroom's first language, with the limit in force.
    expect(JSON.stringify(response.body)).toContain('Tệp lớn hơn giới hạn tải lên 1 MB (MAX_UPLOAD_MB)')
  })

  it('answers 400 in the reader language when the form field _payload is not JSON, and stores nothing', async () => {
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png(20, 20))], { type: 'image/png' }), 'broken.png')
    form.append('_payload', '{bad')
    const request = new Request('http://newsroom.test/api/media', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'vi' },
      body: form,
    })
    const response = await handleEndpoints({ config, path: '/api/media', request })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('không phải JSON hợp lệ')
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('requires alt text and a credit, naming the missing field', async () => {
    const response = await upload({ name: 'no-credit.png', type: 'image/png', bytes: await png(50, 50) }, { alt: 'Có mô tả' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('credit')
  })

  it('keeps a picture of a child private until consent is recorded and unexpired and a public item uses it', async () => {
    const created = await upload(
      { name: 'child.png', type: 'image/png', bytes: await png(60, 60) },
      { alt: 'Một em nhỏ', credit: 'Phóng viên', depictsChild: true },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await expect(payload.findByID({ collection: 'media', id, overrideAccess: false })).rejects.toThrow()
    await payload.update({ collection: 'media', id, data: { consentRecorded: true, consentExpiry: new Date(Date.now() - 1000).toISOString() } })
    await expect(payload.findByID({ collection: 'media', id, overrideAccess: false })).rejects.toThrow()
    await payload.update({ collection: 'media', id, data: { consentExpiry: new Date(Date.now() + 86_400_000).toISOString() } })
    // Consent alone does not publish a file: a public item must use it too.
    await expect(payload.findByID({ collection: 'media', id, overrideAccess: false })).rejects.toThrow()
    const campaign = await makeCampaign(payload)
    await publishForTest(payload, 'campaigns', campaign.id, { heroImage: id })
    expect((await payload.findByID({ collection: 'media', id, overrideAccess: false })).id).toBe(id)
  })

  it('does not let anonymous callers upload', async () => {
    const response = await upload({ name: 'anon.png', type: 'image/png', bytes: await png(20, 20) }, { alt: 'a', credit: 'b' }, false)
    expect(response.status).toBe(403)
  })
})
