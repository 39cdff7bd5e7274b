import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/sql'
import { openSharedPreview } from '@/preview/openSharedPreview'
import { previewForSession } from '@/preview/previewForSession'
import { PreviewPage } from '@/site/preview/PreviewPage'
import { renderPage } from '../helpers/renderPage'
import { makeAgency } from '../helpers/delivery'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/**
 * Previews of drafts: a staff member's own preview through the admin session, and shared
 * links for someone outside the newsroom, asked through the site's proxy as a browser would.
 */
let payload: Payload
let editorToken: string
let campaignId: number
const draftTitle = `Chiến dịch nháp chưa công bố ${Date.now()}`

async function page(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const { proxy } = await import('@/proxy')
  return proxy(new NextRequest(`http://newsroom.test${path}`, { headers }))
}

const tokenOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1)

async function shareLink(lang: 'vi' | 'en' = 'vi'): Promise<{ id: number; url: string; token: string; expiresAt: string }> {
  const created = await rest('POST', `/preview-links/campaigns/${campaignId}`, { token: editorToken, body: { lang } })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { ...created.body, token: tokenOf(created.body.url) }
}

const auditRows = async (action: string, linkId: number) =>
  (
    await poolOf(payload).query(
      `SELECT actor_name, actor_label, target_id, summary FROM audit_log WHERE event = 'preview_link' AND details->>'action' = $1 AND (details->>'linkId')::int = $2`,
      [action, linkId],
    )
  ).rows

beforeAll(async () => {
  payload = await getTestPayload()
  const editor = await makeStaff(payload, ['editor'])
  editorToken = await login(editor.email, editor.password)
  const created = await rest('POST', '/campaigns?draft=true', {
    token: editorToken,
    body: { title: draftTitle, summary: 'Tóm tắt bản nháp', slug: `nhap-${Date.now()}` },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  campaignId = Number(created.body.doc.id)
})

describe("a staff member's preview", () => {
  it('gives an anonymous visitor no draft, and a signed-in member of staff the working copy', async () => {
    const ask = { collection: 'campaigns' as const, id: campaignId, lang: 'vi' as const }
    expect(await previewForSession(payload, { ...ask, headers: new Headers() })).toBeNull()
    expect(await previewForSession(payload, { ...ask, headers: new Headers({ cookie: 'payload-token=forged.jwt.value' }) })).toBeNull()

    // A page opened from another site does not carry the session (Payload's CSRF rule).
    const crossSite = new Headers({ cookie: `payload-token=${editorToken}`, 'sec-fetch-site': 'cross-site' })
    expect(await previewForSession(payload, { ...ask, headers: crossSite })).toBeNull()

    // The admin's live preview frame: same origin, with the admin's session cookie.
    const frame = new Headers({ cookie: `payload-token=${editorToken}`, 'sec-fetch-site': 'same-origin' })
    const staff = await previewForSession(payload, { ...ask, headers: frame })
    expect(staff?.collection).toBe('campaigns')
    expect((staff?.doc as { title?: string }).title).toBe(draftTitle)
  })

  it("draws the live preview from the editor's unsaved values for staff only, saving nothing", async () => {
    const ask = { collection: 'campaigns' as const, id: campaignId, lang: 'vi' as const }
    const typed = { title: `${draftTitle} – đang gõ`, summary: '' }
    // Unsaved values are no key: without a staff session there is still nothing.
    expect(await previewForSession(payload, { ...ask, headers: new Headers(), unsaved: typed })).toBeNull()
    const frame = new Headers({ cookie: `payload-token=${editorToken}`, 'sec-fetch-site': 'same-origin' })
    const live = await previewForSession(payload, { ...ask, headers: frame, unsaved: typed })
    const doc = live?.doc as { title?: string; summary?: string } | undefined
    expect(doc?.title).toBe(typed.title)
    // A field the form has left empty keeps the working copy's text.
    expect(doc?.summary).toBe('Tóm tắt bản nháp')
    // Typing saved nothing.
    expect((await payload.findByID({ collection: 'campaigns', id: campaignId, draft: true, overrideAccess: true })).title).toBe(draftTitle)
  })

  it('is never stored by the page cache and carries no-store and noindex in both languages', async () => {
    for (const path of [`/preview/campaigns/${campaignId}`, `/en/preview/campaigns/${campaignId}`]) {
      const response = await page(path, { Cookie: `payload-token=${editorToken}` })
      expect(response.headers.get('x-middleware-rewrite')).toContain(
        path.startsWith('/en') ? `/en/preview/campaigns/${campaignId}` : `/vi/preview/campaigns/${campaignId}`,
      )
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('x-robots-tag')).toBe('noindex')
      expect(response.headers.get('x-page-cache')).toBeNull()
    }
  })
})

describe('a staff preview asked for without a session', () => {
  it("answers the site's 404 page, drawn on the server in the path's language, kept by no cache and indexed by no engine", async () => {
    for (const [path, lang, title] of [
      [`/preview/campaigns/${campaignId}`, 'vi', 'Không tìm thấy trang'],
      [`/en/preview/campaigns/${campaignId}`, 'en', 'Page not found'],
    ] as const) {
      const response = await page(path)
      expect(response.status).toBe(404)
      expect(response.headers.get('x-middleware-rewrite')).toBeNull()
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('x-robots-tag')).toBe('noindex')
      const html = await response.text()
      expect(html).toContain(`lang="${lang}"`)
      expect(html).toContain(title)
      expect(html).not.toContain('Tóm tắt bản nháp')
    }
  })
})

describe('server actions on public pages', () => {
  it('answers a server action called on a page that has none with the 404 page, before Next reads its body', async () => {
    const { proxy } = await import('@/proxy')
    for (const path of ['/', '/en', '/search?q=a']) {
      const request = new NextRequest(`http://newsroom.test${path}`, {
        method: 'POST',
        headers: { 'Next-Action': '40229e415e71b9d3182b0884faf3b0ef49d77aebb4', 'Content-Type': 'text/plain;charset=UTF-8' },
        body: '[]',
      })
      const response = await proxy(request)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    }
  })
})

describe('shared preview links', () => {
  it('refuses anonymous callers who try to create, list or revoke a link', async () => {
    expect((await rest('POST', `/preview-links/campaigns/${campaignId}`, { body: { lang: 'vi' } })).status).toBe(401)
    expect((await rest('GET', `/preview-links/campaigns/${campaignId}`)).status).toBe(401)
    expect((await rest('DELETE', '/preview-links/1')).status).toBe(401)
    const badLang = await rest('POST', `/preview-links/campaigns/${campaignId}`, { token: editorToken, body: { lang: 'fr' } })
    expect(badLang.status).toBe(400)
    expect(badLang.body.error.field).toBe('lang')
  })

  it('refuses a body that is not JSON, or not a JSON object, with a 400 naming the body in the caller language, and makes no link', async () => {
    const linkCount = async () =>
      Number((await poolOf(payload).query('SELECT count(*) FROM preview_links WHERE collection = $1 AND doc_id = $2', ['campaigns', campaignId])).rows[0].count)
    const before = await linkCount()
    const garbage = await rest('POST', `/preview-links/campaigns/${campaignId}`, { token: editorToken, rawBody: 'garbage' })
    expect(garbage.status, JSON.stringify(garbage.body)).toBe(400)
    expect(garbage.body.error).toMatchObject({ code: 'invalid_json', field: 'body' })
    expect(garbage.body.error.message).toContain('JSON')
    const english = await rest('POST', `/preview-links/campaigns/${campaignId}`, {
      token: editorToken,
      rawBody: '{"lang":',
      headers: { 'Accept-Language': 'en' },
    })
    expect(english.status).toBe(400)
    expect(english.body.error.message).toBe('The body must be valid JSON such as {"lang":"vi"}, or empty.')
    for (const rawBody of ['[]', '"vi"', '42', 'null']) {
      const notObject = await rest('POST', `/preview-links/campaigns/${campaignId}`, { token: editorToken, rawBody })
      expect(notObject.status, rawBody).toBe(400)
      expect(notObject.body.error).toMatchObject({ code: 'invalid_body', field: 'body' })
    }
    expect(await linkCount()).toBe(before)
    // An empty body asks for every default: a Vietnamese link.
    const empty = await rest('POST', `/preview-links/campaigns/${campaignId}`, { token: editorToken, rawBody: '' })
    expect(empty.status, JSON.stringify(empty.body)).toBe(201)
    expect(empty.body.url).toMatch(/\/preview\/link\//)
    expect(empty.body.url).not.toContain('/en/')
    expect(await linkCount()).toBe(before + 1)
  })

  it("refuses an agency's API key with 403, and answers 404 for the links of an item that does not exist", async () => {
    const agency = `agencies API-Key ${(await makeAgency(payload)).apiKey}`
    for (const [method, path] of [
      ['GET', `/preview-links/campaigns/${campaignId}`],
      ['POST', `/preview-links/campaigns/${campaignId}`],
      ['DELETE', '/preview-links/1'],
    ] as const) {
      const refused = await rest(method, path, { token: agency, body: method === 'POST' ? { lang: 'vi' } : undefined })
      expect(refused.status, `${method} ${path}`).toBe(403)
      expect(refused.body.error.code).toBe('forbidden')
    }
    for (const path of ['/preview-links/articles/999999999', '/preview-links/campaigns/999999999']) {
      const missing = await rest('GET', path, { token: editorToken })
      expect(missing.status, path).toBe(404)
      expect(missing.body.error).toMatchObject({ code: 'not_found', field: 'id' })
    }
    expect((await rest('GET', `/preview-links/campaigns/${campaignId}`, { token: editorToken })).status).toBe(200)
  })

  it('shows the draft with the preview banner to someone without an account, with no-store and noindex, and audits each view', async () => {
    const link = await shareLink('vi')
    expect(link.url).toMatch(/\/preview\/link\/[A-Za-z0-9_-]{43}$/)
    // Only the token's hash is kept.
    const stored = await poolOf(payload).query('SELECT token_hash FROM preview_links WHERE id = $1', [link.id])
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.rows[0].token_hash).not.toContain(link.token)
    const hours = (new Date(link.expiresAt).getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(71.9)
    expect(hours).toBeLessThanOrEqual(72)

    const response = await page(`/preview/link/${link.token}`)
    expect(response.headers.get('x-middleware-rewrite')).toContain(`/vi/preview/link/${link.token}`)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex')

    const shared = await openSharedPreview(payload, { token: link.token, lang: 'vi' })
    expect(shared.state).toBe('usable')
    if (shared.state !== 'usable') return
    const html = await renderPage(createElement(PreviewPage, { lang: 'vi', item: shared.item, expiresAt: shared.link.expiresAt }))
    expect(html).toContain('BẢN XEM TRƯỚC / PREVIEW')
    expect(html).toContain(draftTitle)
    expect(html).toContain('data-testid="preview-banner"')

    await openSharedPreview(payload, { token: link.token, lang: 'en' })
    expect(await auditRows('created', link.id)).toHaveLength(1)
    const views = await auditRows('viewed', link.id)
    expect(views).toHaveLength(2)
    expect(views[0].actor_label).toBe(`preview link #${link.id}`)
    expect(views[0].target_id).toBe(String(campaignId))

    const listed = await rest('GET', `/preview-links/campaigns/${campaignId}`, { token: editorToken })
    expect(listed.status).toBe(200)
    expect(listed.body.links.map((row: { id: number }) => row.id)).toContain(link.id)
    expect(JSON.stringify(listed.body)).not.toContain(link.token)
  })

  it('answers 410 for an expired link, in the site language of the path', async () => {
    const link = await shareLink('en')
    await poolOf(payload).query(`UPDATE preview_links SET expires_at = now() - interval '1 minute' WHERE id = $1`, [link.id])
    const vi = await page(`/preview/link/${link.token}`)
    expect(vi.status).toBe(410)
    expect(vi.headers.get('cache-control')).toBe('private, no-store')
    expect(vi.headers.get('x-robots-tag')).toBe('noindex')
    const body = await vi.text()
    expect(body).toContain('Liên kết xem trước đã hết hạn')
    expect(body).toMatch(/<meta name="robots" content="noindex[^"]*">/)
    expect(body).not.toContain(draftTitle)
    const en = await page(`/en/preview/link/${link.token}`)
    expect(en.status).toBe(410)
    expect(await en.text()).toContain('This preview link has expired')
    expect((await openSharedPreview(payload, { token: link.token, lang: 'vi' })).state).toBe('expired')
  })

  it('answers 410 for a revoked link from the moment it is revoked, and audits the revocation once', async () => {
    const link = await shareLink('vi')
    expect((await page(`/preview/link/${link.token}`)).headers.get('x-middleware-rewrite')).toBeTruthy()
    const revoked = await rest('DELETE', `/preview-links/${link.id}`, { token: editorToken })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    expect((await rest('DELETE', `/preview-links/${link.id}`, { token: editorToken })).status).toBe(200)

    const response = await page(`/preview/link/${link.token}`)
    expect(response.status).toBe(410)
    const body = await response.text()
    expect(body).toContain('Liên kết xem trước đã bị thu hồi')
    expect(body).not.toContain(draftTitle)
    expect((await openSharedPreview(payload, { token: link.token, lang: 'vi' })).state).toBe('revoked')
    expect(await auditRows('revoked', link.id)).toHaveLength(1)
    const listed = await rest('GET', `/preview-links/campaigns/${campaignId}`, { token: editorToken })
    expect(listed.body.links.map((row: { id: number }) => row.id)).not.toContain(link.id)
  })

  it('ends a link once when two revokes arrive together: both answer 200 with the same moment, and one audit entry is written', async () => {
    const link = await shareLink('vi')
    const [first, second] = await Promise.all([
      rest('DELETE', `/preview-links/${link.id}`, { token: editorToken }),
      rest('DELETE', `/preview-links/${link.id}`, { token: editorToken }),
    ])
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(second.status, JSON.stringify(second.body)).toBe(200)
    const stored = await poolOf(payload).query('SELECT revoked_at FROM preview_links WHERE id = $1', [link.id])
    const revokedAt = new Date(stored.rows[0].revoked_at).toISOString()
    expect(first.body.revokedAt).toBe(revokedAt)
    expect(second.body.revokedAt).toBe(revokedAt)
    expect(await auditRows('revoked', link.id)).toHaveLength(1)
    expect((await rest('DELETE', '/preview-links/999999999', { token: editorToken })).status).toBe(404)
  })

  it('answers 404 for a forged or mistyped link, saying nothing of any draft', async () => {
    const link = await shareLink('vi')
    const forged = `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`
    for (const token of [forged, 'abc', 'x'.repeat(43)]) {
      const response = await page(`/preview/link/${token}`)
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(await response.text()).not.toContain(draftTitle)
      expect((await openSharedPreview(payload, { token, lang: 'vi' })).state).toBe('unknown')
    }
  })
})
