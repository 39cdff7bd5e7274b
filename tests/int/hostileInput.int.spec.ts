import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { handleCommentForm } from '@/site/codes/handleCommentForm'
import { confirmSubscription } from '@/subscriptions/useToken'
import { makeActor, publishedCodeInConsultation, type Actor } from '../helpers/codes'
import { makeCampaign } from '../helpers/content'
import { makeAgency, v1 } from '../helpers/delivery'
import { rest, type RestResponse } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'

/*
 * The classes of hostile input that answered 500: each now gets a 4xx that names what is wrong.
 */

let payload: Payload
let editor: Actor
let reviewer: Actor
let agencyKey: string
let articleId: number

function expectRefusal(response: RestResponse, status: number, field: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  const error = response.body.errors?.[0] ?? response.body.error
  expect(error.data?.field ?? error.field, JSON.stringify(response.body)).toBe(field)
  expect(error.message.length).toBeGreaterThan(0)
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeActor(payload, ['editor'])
  reviewer = await makeActor(payload, ['reviewer'])
  agencyKey = `agencies API-Key ${(await makeAgency(payload)).apiKey}`
  const article = await payload.create({
    collection: 'articles',
    data: { headline: `Bài đầu vào xấu ${Date.now()}` } as never,
    overrideAccess: true,
    draft: true,
  })
  articleId = Number(article.id)
})

describe('ids in a path', () => {
  it('answers 400 naming the id for non-integer and out-of-range REST ids', async () => {
    for (const id of ['NaN', '1e20', '99999999999', '2147483648', '1.5', 'abc', '-1', '0']) {
      for (const token of [undefined, editor.token, agencyKey]) expectRefusal(await rest('GET', `/articles/${id}`, { token }), 400, 'id')
      expectRefusal(await rest('PATCH', `/topics/${id}`, { token: editor.token, body: { title: 'x' } }), 400, 'id')
      expectRefusal(await rest('DELETE', `/campaigns/${id}`, { token: editor.token }), 400, 'id')
    }
  })

  it('answers 400 naming the id on the workflow endpoints', async () => {
    for (const id of ['NaN', '1e20', '99999999999', 'abc']) {
      expectRefusal(await rest('GET', `/workflow/articles/${id}`, { token: editor.token }), 400, 'id')
      expectRefusal(await rest('POST', `/workflow/articles/${id}`, { token: editor.token, body: { action: 'submit' } }), 400, 'id')
    }
    expect((await rest('GET', `/workflow/articles/${articleId}`, { token: editor.token })).status).toBe(200)
  })

  it('answers 400 for a v1 item id past the integer range', async () => {
    const response = await v1(payload, '/items/article-999999999999-vi', agencyKey.split(' ').pop())
    expect(response.status, response.text).toBe(400)
    expect(response.body.error.field).toBe('id')
  })

  it('treats a confirmation token whose id part has 12 digits as an unknown link', async () => {
    expect(await confirmSubscription(payload, `999999999999.${'a'.repeat(43)}`)).toEqual({ status: 'invalid' })
  })
})

describe('query parameters', () => {
  it('answers 400 naming where when it is not JSON', async () => {
    for (const token of [undefined, editor.token, agencyKey]) expectRefusal(await rest('GET', '/articles?where=abc', { token }), 400, 'where')
    expectRefusal(await rest('GET', '/payload-preferences?where=abc', { token: editor.token }), 400, 'where')
  })

  it('answers 400 naming limit or page when given twice, negative or huge', async () => {
    expectRefusal(await rest('GET', '/articles?limit[]=1&limit[]=2'), 400, 'limit')
    expectRefusal(await rest('GET', '/articles?limit=-1'), 400, 'limit')
    expectRefusal(await rest('GET', '/articles?limit=1e12'), 400, 'limit')
    expectRefusal(await rest('GET', '/articles?page=-5'), 400, 'page')
    expectRefusal(await rest('GET', '/articles?page=1e12'), 400, 'page')
  })

  it('answers 400 for a select value the field does not have, and for _status as a list or an object', async () => {
    expectRefusal(await rest('GET', '/articles?where[stage][equals]=zzz', { token: editor.token }), 400, 'where.stage.equals')
    expectRefusal(await rest('GET', '/articles?where[_status][equals][]=draft'), 400, 'where._status.equals')
    expectRefusal(await rest('GET', '/articles?where[_status][equals][a]=b'), 400, 'where._status.equals')
    expectRefusal(await rest('GET', '/articles?where[id][in]=a,b'), 400, 'where.id.in')
    expectRefusal(await rest('POST', '/articles', { token: editor.token, body: { headline: 'x', _status: ['published'] } }), 400, '_status')
    expectRefusal(await rest('PATCH', `/articles/${articleId}`, { token: editor.token, body: { _status: { a: 1 } } }), 400, '_status')
  })

  it('answers 400 for an unknown locale and a malformed sort or draft', async () => {
    expectRefusal(await rest('GET', '/articles?locale=xx'), 400, 'locale')
    expectRefusal(await rest('GET', '/articles?sort[x]=b'), 400, 'sort')
    expectRefusal(await rest('GET', '/articles?draft[]=true'), 400, 'draft')
  })

  it('still answers the ordinary queries the admin sends', async () => {
    const response = await rest('GET', '/articles?depth=0&limit=10&page=1&sort=-updatedAt&draft=true&locale=vi&where[or][0][and][0][headline][like]=Bài', {
      token: editor.token,
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  it('keeps Payload’s own validation errors as 400', async () => {
    const response = await rest('POST', '/topics', { token: editor.token, body: {} })
    expect(response.status).toBe(400)
  })

  it('answers 404 for /versions on a collection that keeps none, with an agency key', async () => {
    expect((await rest('GET', '/code-revisions/versions', { token: agencyKey })).status).toBe(404)
    expect((await rest('GET', '/code-revisions/versions', { token: editor.token })).status).toBe(404)
  })
})

describe('the language of a refusal', () => {
  const refusal = (response: RestResponse) => response.body.errors?.[0]

  it('says what is wrong in the language of Accept-Language, keeping the same code and field', async () => {
    const vi = refusal(await rest('GET', '/articles?limit=-1', { headers: { 'Accept-Language': 'vi-VN,vi;q=0.9' } }))
    const en = refusal(await rest('GET', '/articles?limit=-1', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } }))
    expect(vi.message).toBe('`limit` phải là một số nguyên từ 0 đến 1000, chỉ ghi một lần.')
    expect(en.message).toBe('`limit` must be a whole number from 0 to 1000, given once.')
    expect(vi.data).toEqual({ code: 'invalid_parameter', field: 'limit' })
    expect(en.data).toEqual(vi.data)
  })

  it('follows ?locale= over Accept-Language, and answers Vietnamese when the client names neither language', async () => {
    const asked = refusal(await rest('GET', '/articles?locale=en&where[id][in]=a,b', { headers: { 'Accept-Language': 'vi' } }))
    expect(asked.message).toBe('`where.id.in` must hold only an id: a whole number from 1 to 2147483647.')
    const body = refusal(await rest('POST', '/topics', { token: editor.token, body: { title: 'a\u0000b' }, headers: { 'Accept-Language': 'fr' } }))
    expect(body.message).toBe('`body.title` chứa ký tự NUL, không trường nào lưu được ký tự này.')
    expect(body.data).toEqual({ code: 'invalid_body', field: 'body.title' })
  })

  it('words the net under Payload’s own parsing in the client’s language too', async () => {
    const en = refusal(await rest('GET', '/code-revisions/versions', { token: editor.token, headers: { 'Accept-Language': 'en' } }))
    const vi = refusal(await rest('GET', '/code-revisions/versions', { token: editor.token, headers: { 'Accept-Language': 'vi' } }))
    expect(en.message).toBe('code-revisions keeps no versions.')
    expect(vi.message).toBe('code-revisions không lưu phiên bản.')
  })
})

describe('bodies', () => {
  it('answers 400 for a body that is not an object and for text holding NUL', async () => {
    expectRefusal(await rest('POST', '/topics', { token: editor.token, body: 'str' }), 400, 'body')
    expectRefusal(await rest('POST', '/topics', { token: editor.token, body: { title: 'a\u0000b' } }), 400, 'body.title')
    expect((await rest('POST', '/subscribers', { token: (await makeActor(payload, ['press-officer'])).token, body: { name: 'no address' } })).status).toBe(400)
  })
})

describe('relationship and upload values', () => {
  it('answers 400 naming the field when an article is given an object or text where an id belongs, and still takes ids', async () => {
    const patch = (body: unknown, headers?: Record<string, string>) =>
      rest('PATCH', `/articles/${articleId}?draft=true`, { token: editor.token, body, headers })
    const images = await patch({ images: [{ image: 1, caption: 'cap' }], _status: 'draft' }, { 'Accept-Language': 'en' })
    expectRefusal(images, 400, 'images')
    expect(images.body.errors[0].data.code).toBe('invalid_body')
    expect(images.body.errors[0].message).toContain('`images` must be a list of ids')
    expectRefusal(await patch({ campaign: { title: 'không phải mã' } }), 400, 'campaign')
    expectRefusal(await patch({ campaign: 'abc' }), 400, 'campaign')
    expectRefusal(await patch({ topics: [1, 'x1'] }), 400, 'topics')
    // Ids, as numbers or digits, and a document read back at depth 1 still go through.
    const campaign = await makeCampaign(payload)
    expect((await patch({ images: [], topics: [], campaign: String(campaign.id) })).status).toBe(200)
    expect((await patch({ campaign: { id: campaign.id, title: campaign.title } })).status).toBe(200)
  })

  it('answers 400 naming the field when a campaign is given an object where its hero image or topics belong', async () => {
    const campaign = await makeCampaign(payload)
    const patch = (body: unknown) => rest('PATCH', `/campaigns/${campaign.id}?draft=true`, { token: editor.token, body })
    expectRefusal(await patch({ heroImage: { image: 1 } }), 400, 'heroImage')
    expectRefusal(await patch({ heroImage: [1] }), 400, 'heroImage')
    expectRefusal(await patch({ topics: [{ name: 'chủ đề' }] }), 400, 'topics')
    expect((await patch({ heroImage: null, topics: [] })).status).toBe(200)
  })
})

describe('forms and uploads', () => {
  it('redirects a comment whose clause ends in U+3000 with an encoded Location', async () => {
    const code = await publishedCodeInConsultation(payload, `hostile-${Date.now()}`, editor, reviewer)
    const form = new URLSearchParams({ name: 'Phụ huynh', email: 'ph@example.vn', group: 'parent', text: 'Góp ý', consent: 'on', clause: 'I.1.2\u3000' })
    const request = new Request(`http://newsroom.test/codes/${code.slug}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    })
    const response = await handleCommentForm(request, 'vi', code.slug)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/comment=received/)
    expect(response.headers.get('location')).toMatch(/^[\x21-\x7e]+$/)
  })

  async function upload(name: string) {
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 1, g: 2, b: 3 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử', credit: 'Bộ' }))
    const request = new Request('http://newsroom.test/api/media', { method: 'POST', headers: { Authorization: `JWT ${editor.token}` }, body: form })
    const response = await handleEndpoints({ config, path: '/api/media', request })
    return { status: response.status, body: (await response.json()) as any }
  }

  it('answers 400 naming the file for an upload whose name holds NUL or a control character', async () => {
    for (const name of ['x\u0000y.png', 'a\u0001b.png']) expectRefusal((await upload(name)) as RestResponse, 400, 'file')
  })

  it('stores an upload with path parts and the wrong extension under a clean name that matches its bytes', async () => {
    const first = await upload('..\\..\\ảnh lớp.pdf')
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.doc.filename).toMatch(/^ảnh lớp(-\d+)?\.png$/)
    const second = await upload('../../etc/x.exe')
    expect(second.body.doc.filename).toMatch(/^x(-\d+)?\.png$/)
  })
})
