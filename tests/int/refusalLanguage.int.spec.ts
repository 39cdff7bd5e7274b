import { randomBytes } from 'node:crypto'

import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { vi as payloadVi } from '@payloadcms/translations/languages/vi'
import { getLocalI18n, handleEndpoints, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { createCode, makeActor, publishThroughWorkflow, sampleCode, saveCodeDraft, type Actor } from '../helpers/codes'
import { makeCampaign, publishForTest } from '../helpers/content'
import { rest, type RestResponse } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'

/*
 * The newsroom's own refusals on the REST API, the Local API and the staff endpoints, each in
 * the reader's language: Vietnamese for a Vietnamese reader (or one who names neither
 * language), English for an English one, with the same status, code and field in both.
 */

let payload: Payload
let editor: Actor
let reviewer: Actor
let officer: Actor
let admin: Actor
let campaignId: number

const LANGS = ['vi', 'en'] as const
type Lang = (typeof LANGS)[number]
const asReader = (lang: Lang) => ({ 'Accept-Language': lang })
const marker = (label: string) => `${label} ${randomBytes(3).toString('hex')}`
const payloadWords = { vi: payloadVi.translations, en: payloadEn.translations }

/** A Local API request from a person who reads `lang`, as Payload would build it from their cookie. */
const readerReq = async (lang: Lang): Promise<Partial<PayloadRequest>> => ({
  i18n: await getLocalI18n({ config: payload.config, language: lang }),
})

const firstError = (response: RestResponse) => response.body.errors?.[0] ?? response.body.error

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await makeActor(payload, ['editor'])
  reviewer = await makeActor(payload, ['reviewer'])
  officer = await makeActor(payload, ['press-officer'])
  admin = await makeActor(payload, ['admin'])
  campaignId = Number((await makeCampaign(payload)).id)
})

async function draftArticle(extra: Record<string, unknown> = {}): Promise<number> {
  const created = await payload.create({
    collection: 'articles',
    data: { headline: marker('Bài'), campaign: campaignId, ...extra } as never,
    draft: true,
    overrideAccess: true,
  })
  return Number(created.id)
}

describe('editorial rules', () => {
  it('refuses a major change without a change note in the editor’s language, the summary line included', async () => {
    const expected = { vi: 'Thay đổi quan trọng cần có ghi chú thay đổi.', en: 'A major change needs a change note.' }
    for (const lang of LANGS) {
      const response = await rest('POST', '/articles', {
        token: editor.token,
        body: { headline: marker('Thay đổi lớn'), campaign: campaignId, majorChange: true },
        headers: asReader(lang),
      })
      expect(response.status).toBe(400)
      expect(firstError(response).message).toBe(`${payloadWords[lang].error.followingFieldsInvalid_one} changeNote`)
      expect(firstError(response).data.errors).toEqual([expect.objectContaining({ path: 'changeNote', message: expected[lang] })])
    }
  })

  it('refuses publishing outside the workflow, a save straight onto a live item and restoring a version as live, in the editor’s language', async () => {
    const id = await draftArticle()
    await publishForTest(payload, 'articles', id)
    const [version] = (await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1 })).docs
    const expected = {
      vi: {
        publish: 'Chỉ xuất bản được qua quy trình duyệt: POST /api/workflow/{collection}/{id} (trường _status).',
        live: 'Mục này đang được xuất bản: hãy lưu thay đổi thành bản nháp (?draft=true) rồi gửi duyệt; thay đổi lên trang khi được xuất bản.',
        restore: 'Khôi phục một phiên bản là đưa nó lên trang: hãy khôi phục thành bản nháp (?draft=true) rồi gửi duyệt.',
      },
      en: {
        publish: 'Publishing goes through the workflow: POST /api/workflow/{collection}/{id} (field: _status).',
        live: 'This item is live: save your changes as a draft (?draft=true) and submit them for review; they go live when published.',
        restore: 'Restoring a version publishes it: restore it as a draft (?draft=true) and submit it for review.',
      },
    }
    for (const lang of LANGS) {
      const headers = asReader(lang)
      const published = await rest('POST', '/articles', {
        token: editor.token,
        body: { headline: marker('Tự xuất bản'), campaign: campaignId, _status: 'published' },
        headers,
      })
      expect(published.status).toBe(403)
      expect(firstError(published)).toMatchObject({ message: expected[lang].publish, data: { field: '_status' } })

      const live = await rest('PATCH', `/articles/${id}`, { token: editor.token, body: { standfirst: 'Ghi đè' }, headers })
      expect(live.status).toBe(409)
      expect(firstError(live).message).toBe(expected[lang].live)

      const restored = await rest('POST', `/articles/versions/${version!.id}`, { token: editor.token, headers })
      expect(restored.status).toBe(409)
      expect(firstError(restored).message).toBe(expected[lang].restore)
    }
  })

  it('refuses to make a version live that shows a child without consent, whatever path publishes it, in the reader’s language', async () => {
    const bytes = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 9, g: 9, b: 9 } } })
      .png()
      .toBuffer()
    const child = await payload.create({
      collection: 'media',
      data: { alt: marker('Em bé'), credit: 'Bộ TT&TT', depictsChild: true } as never,
      file: { data: bytes, mimetype: 'image/png', name: `${marker('tre-em').replace(' ', '-')}.png`, size: bytes.length },
      overrideAccess: true,
    })
    const body = lexicalParagraphs('Đoạn mở đầu.') as { root: { children: unknown[] } }
    body.root.children.push({ type: 'upload', relationTo: 'media', value: child.id, fields: null, format: '', version: 3, id: randomBytes(6).toString('hex') })
    const id = await draftArticle({ body })
    const expected = {
      vi: 'Không thể «Xuất bản»: 1 tệp ảnh có trẻ em mà chưa có sự đồng ý còn hiệu lực.',
      en: 'Cannot publish: 1 media file(s) depict a child without recorded, unexpired consent.',
    }
    for (const lang of LANGS) {
      await expect(
        payload.update({
          collection: 'articles',
          id,
          data: { _status: 'published', stage: 'published' } as never,
          context: { workflow: 'publish' },
          overrideAccess: true,
          req: await readerReq(lang),
        }),
      ).rejects.toMatchObject({ status: 409, message: expected[lang], data: { code: 'safeguarding', media: [expect.objectContaining({ id: child.id })] } })
    }
  })
})

describe('accreditation decisions', () => {
  async function journalist(status: 'pending' | 'accredited'): Promise<number> {
    const created = await payload.create({
      collection: 'journalists',
      data: { name: 'Phạm Thu', outlet: 'Báo Mẫu', email: `${marker('pv').replace(' ', '.')}@bao.vn`, pressCardNumber: '12/BTTTT', language: 'vi', status },
      overrideAccess: true,
    })
    return Number(created.id)
  }

  it('asks for a reason to refuse or revoke an accreditation in the press officer’s language', async () => {
    const expected = {
      vi: {
        refused: 'Từ chối cấp quyền cần có lý do để gửi cho nhà báo (trường decisionNote).',
        revoked: 'Thu hồi quyền cần có lý do để gửi cho nhà báo (trường decisionNote).',
      },
      en: {
        refused: 'Refusing an accreditation needs a reason for the journalist (field: decisionNote).',
        revoked: 'Revoking an accreditation needs a reason for the journalist (field: decisionNote).',
      },
    }
    for (const lang of LANGS) {
      for (const [status, from] of [
        ['refused', 'pending'],
        ['revoked', 'accredited'],
      ] as const) {
        const id = await journalist(from)
        const response = await rest('PATCH', `/journalists/${id}`, { token: officer.token, body: { status }, headers: asReader(lang) })
        expect(response.status).toBe(400)
        expect(firstError(response).message).toBe(`${payloadWords[lang].error.followingFieldsInvalid_one} decisionNote`)
        expect(firstError(response).data.errors).toEqual([expect.objectContaining({ path: 'decisionNote', message: expected[lang][status] })])
        expect((await payload.findByID({ collection: 'journalists', id, overrideAccess: true })).status).toBe(from)
      }
    }
  })
})

describe('frozen revisions of a code of conduct', () => {
  it('refuses to publish a revision label that is already frozen, on the workflow and on any other path, in the reader’s language', async () => {
    const code = await createCode(payload, sampleCode(marker('dong-bang').replace(' ', '-')), editor)
    expect((await publishThroughWorkflow(code.id, editor, reviewer)).status).toBe(200)
    // An edit after publishing, still labelled v0.1.
    const edited = structuredClone(code.spec)
    edited.summary = { vi: 'Tóm tắt đã sửa.', en: 'An edited summary.' }
    await saveCodeDraft(payload, code.id, edited, editor)
    const expected = {
      vi: 'Phiên bản v0.1 đã công bố và đã được chốt: hãy đặt cho bản nháp một nhãn phiên bản mới, ví dụ nhãn kế tiếp sau v0.1 (trường revisionLabel).',
      en: 'Revision v0.1 is already published and frozen: give the draft a new revision label, such as the next one after v0.1 (field: revisionLabel).',
    }
    const act = (actor: Actor, action: string, lang: Lang = 'vi') =>
      rest('POST', `/workflow/conduct-codes/${code.id}`, { token: actor.token, body: { action }, headers: asReader(lang) })
    expect((await act(editor, 'submit')).status).toBe(200)
    expect((await act(reviewer, 'approve')).status).toBe(200)
    for (const lang of LANGS) {
      const refused = await act(reviewer, 'publish', lang)
      expect(refused.status).toBe(409)
      expect(refused.body.error).toEqual(expect.objectContaining({ code: 'revision_frozen', field: 'revisionLabel', message: expected[lang] }))
      // Past the workflow's own check (a scheduler, a script), the freeze itself refuses.
      await expect(
        payload.update({
          collection: 'conduct-codes',
          id: code.id,
          data: { _status: 'published', stage: 'published' } as never,
          context: { workflow: 'publish' },
          overrideAccess: true,
          req: await readerReq(lang),
        }),
      ).rejects.toMatchObject({ status: 409, message: expected[lang], data: { code: 'revision_frozen', field: 'revisionLabel' } })
    }
  })
})

describe('the audit log', () => {
  it('refuses to change, delete or export entries with a reason in the reader’s language', async () => {
    await publishForTest(payload, 'articles', await draftArticle())
    await rest('POST', `/workflow/articles/${await draftArticle()}`, { token: editor.token, body: { action: 'submit' } })
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })).docs
    expect(entry).toBeDefined()
    const expected = {
      vi: {
        change: 'Không ai sửa được một mục trong nhật ký kiểm tra.',
        remove: 'Không ai xoá được một mục trong nhật ký kiểm tra.',
        export: 'Chỉ quản trị viên được tải nhật ký kiểm tra.',
      },
      en: { change: 'Audit log entries cannot be changed.', remove: 'Audit log entries cannot be deleted.', export: 'Only admins may export the audit log.' },
    }
    for (const lang of LANGS) {
      const req = await readerReq(lang)
      await expect(payload.update({ collection: 'audit-log', id: entry!.id, data: { summary: 'sửa' }, overrideAccess: true, req })).rejects.toMatchObject({
        status: 403,
        message: expected[lang].change,
      })
      await expect(payload.delete({ collection: 'audit-log', id: entry!.id, overrideAccess: true, req })).rejects.toMatchObject({
        status: 403,
        message: expected[lang].remove,
      })
      const exported = await rest('GET', '/audit-log/export.csv', { token: editor.token, headers: asReader(lang) })
      expect(exported.status).toBe(403)
      expect(exported.body).toEqual({ errors: [{ message: expected[lang].export }] })
    }
    expect((await rest('GET', '/audit-log/export.csv', { token: admin.token })).status).toBe(200)
  })
})

describe('the media library', () => {
  it('refuses an upload whose name is empty once cleaned, naming the field in the uploader’s language', async () => {
    const { default: config } = await import('../../payload.config')
    const expected = {
      vi: 'Tên tệp trống sau khi bỏ phần đường dẫn và các ký tự điều khiển.',
      en: 'The file name is empty once path parts and control characters are removed.',
    }
    for (const lang of LANGS) {
      const form = new FormData()
      form.append('file', new Blob([new TextEncoder().encode('chỉ là chữ')], { type: 'text/plain' }), '...')
      form.append('_payload', JSON.stringify({ alt: 'Tệp thử', credit: 'Bộ' }))
      const request = new Request('http://newsroom.test/api/media', {
        method: 'POST',
        headers: { Authorization: `JWT ${editor.token}`, ...asReader(lang) },
        body: form,
      })
      const response = await handleEndpoints({ config, path: '/api/media', request })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: Array<{ message: string; data: unknown }> }
      expect(body.errors[0]).toMatchObject({ message: expected[lang], data: { code: 'invalid_filename', field: 'file' } })
    }
  })

  it('answers a file that is not there with Payload’s own not-found words in the reader’s language, as it answers a hidden one', async () => {
    for (const lang of LANGS) {
      const words = payloadWords[lang].general.notFound
      for (const token of [editor.token, undefined]) {
        const response = await rest('GET', `/media/file/${marker('khong-co').replace(' ', '-')}.png`, { token, headers: asReader(lang) })
        expect(response.status).toBe(404)
        expect(response.body).toEqual({ errors: [{ message: words }] })
      }
    }
  })
})

describe('the staff tools for mail and webhooks', () => {
  const cases = [
    {
      path: (id: string) => `/digest-runs/${id}/retry-failed`,
      method: 'POST',
      allowed: () => officer,
      words: {
        vi: {
          forbidden: 'Chỉ cán bộ báo chí và quản trị viên được gửi lại thư.',
          id: 'Mã đợt gửi (id) phải là một số nguyên dương.',
          missing: 'Không có đợt gửi số 999999.',
        },
        en: { forbidden: 'Only press officers and admins may retry deliveries.', id: 'The run id must be a positive whole number.', missing: 'No run 999999.' },
      },
    },
    {
      path: (id: string) => `/subscribers/${id}/digest-preview`,
      method: 'GET',
      allowed: () => officer,
      words: {
        vi: {
          forbidden: 'Chỉ cán bộ báo chí và quản trị viên được xem trước bản tin.',
          id: 'Mã người đăng ký (id) phải là một số nguyên dương.',
          missing: 'Không có người đăng ký số 999999.',
        },
        en: {
          forbidden: 'Only press officers and admins may preview digests.',
          id: 'The subscriber id must be a positive whole number.',
          missing: 'No subscriber 999999.',
        },
      },
    },
    {
      path: (id: string) => `/subscribers/${id}/send-test`,
      method: 'POST',
      allowed: () => officer,
      words: {
        vi: {
          forbidden: 'Chỉ cán bộ báo chí và quản trị viên được gửi thử bản tin.',
          id: 'Mã người đăng ký (id) phải là một số nguyên dương.',
          missing: 'Không có người đăng ký số 999999.',
        },
        en: {
          forbidden: 'Only press officers and admins may send test digests.',
          id: 'The subscriber id must be a positive whole number.',
          missing: 'No subscriber 999999.',
        },
      },
    },
    {
      path: (id: string) => `/webhook-deliveries/${id}/resend`,
      method: 'POST',
      allowed: () => admin,
      words: {
        vi: {
          forbidden: 'Chỉ quản trị viên được gửi lại webhook.',
          id: 'Mã lần gửi (id) phải là một số nguyên dương.',
          missing: 'Không có lần gửi số 999999 để gửi lại (có thể nó đang được gửi).',
        },
        en: {
          forbidden: 'Only admins may send a webhook again.',
          id: 'The delivery id must be a positive whole number.',
          missing: 'No delivery 999999 that can be sent again (it may be sending right now).',
        },
      },
    },
  ]

  it('says who may use them, and which id is wrong or missing, in the staff member’s language, keeping each code and field', async () => {
    for (const { path, method, allowed, words } of cases) {
      for (const lang of LANGS) {
        const headers = asReader(lang)
        const forbidden = await rest(method, path('1'), { token: editor.token, headers })
        expect(forbidden.status, path('1')).toBe(403)
        expect(forbidden.body.error).toMatchObject({ code: 'forbidden', message: words[lang].forbidden })
        const badId = await rest(method, path('abc'), { token: allowed().token, headers })
        expect(badId.status, path('abc')).toBe(400)
        expect(badId.body.error).toEqual({ code: 'invalid_parameter', field: 'id', message: words[lang].id })
        const missing = await rest(method, path('999999'), { token: allowed().token, headers })
        expect(missing.status, path('999999')).toBe(404)
        expect(missing.body.error).toEqual({ code: 'not_found', field: 'id', message: words[lang].missing })
      }
    }
  })
})
