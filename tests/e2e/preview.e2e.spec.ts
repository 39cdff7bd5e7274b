import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot, signedInPage } from '../helpers/browser'
import { founder, founderToken } from './founder'

// The live preview frame opens at SITE_URL, the origin the admin is used at here, so the
// admin's session cookie goes with the frame.
const baseUrl = inject('baseUrl')
const title = `Chiến dịch xem trước ${Date.now()}`

let browser: Browser
let token: string
let campaignId: number
let articleId: number
const headline = `Bài viết xem trước ${Date.now()}`

async function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('Authorization', `JWT ${token}`)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  const response = await fetch(`${baseUrl}/api${path}`, { ...init, headers })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await founderToken(baseUrl)
  const created = await api('/campaigns?draft=true', {
    method: 'POST',
    body: JSON.stringify({ title, summary: 'Bản nháp để duyệt', slug: `xem-truoc-${Date.now()}` }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  campaignId = Number(created.body.doc.id)
  const article = await api('/articles?draft=true', {
    method: 'POST',
    body: JSON.stringify({ headline, standfirst: 'Sapo bản nháp', slug: `bai-xem-truoc-${Date.now()}`, campaign: campaignId, kind: 'news' }),
  })
  expect(article.status, JSON.stringify(article.body)).toBe(201)
  articleId = Number(article.body.doc.id)
})

afterAll(async () => {
  await browser?.close()
})

describe('previews of drafts', () => {
  it("shows the working copy in the live preview tab in the site's design, under the preview banner", async () => {
    const page = await signedInPage(browser, baseUrl, founder)
    await page.goto(`${baseUrl}/admin/collections/campaigns/${campaignId}`)
    await page.locator('.live-preview-toggler').click()
    const frame = page.frameLocator('#live-preview-iframe')
    await frame.getByTestId('preview-banner').waitFor({ timeout: 30_000 })
    await expect(frame.locator('h1').first().textContent()).resolves.toBe(title)
    await screenshot(page, '60-live-preview-desktop')

    await page.context().close()
  })

  it('follows an editor typing the headline in the live preview before anything is saved, and keeps it once the draft is saved', async () => {
    const page = await signedInPage(browser, baseUrl, founder)
    await page.goto(`${baseUrl}/admin/collections/articles/${articleId}`)
    await page.locator('.live-preview-toggler').click()
    const frame = page.frameLocator('#live-preview-iframe')
    await frame.getByTestId('preview-banner').waitFor({ timeout: 30_000 })
    await expect(frame.locator('h1').first().textContent()).resolves.toBe(headline)

    const field = page.locator('#field-headline')
    await field.click()
    await field.press('End')
    await field.pressSequentially(' – đang gõ', { delay: 40 })
    const typed = `${headline} – đang gõ`
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 15_000 }).toBe(typed)
    await expect(frame.locator('[data-live-preview="unsaved"]').count()).resolves.toBe(1)
    // Still under the banner, in the site's design, and nothing was saved by typing.
    await expect(frame.getByTestId('preview-banner').count()).resolves.toBe(1)
    expect((await api(`/articles/${articleId}?draft=true&depth=0`)).body.headline).toBe(headline)
    await screenshot(page, '61-live-preview-typing')

    // Saving the draft: the frame is drawn again from the database, with the same headline.
    await page.locator('#action-save-draft').click()
    await expect.poll(async () => (await api(`/articles/${articleId}?draft=true&depth=0`)).body.headline, { timeout: 15_000 }).toBe(typed)
    await frame.locator('[data-live-preview="saved"]').waitFor({ timeout: 15_000 })
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 15_000 }).toBe(typed)
    await page.context().close()
  })

  it('opens a shared link in a fresh browser with the preview banner, no-store and noindex, and answers 410 once revoked', async () => {
    const created = await api(`/preview-links/campaigns/${campaignId}`, { method: 'POST', body: JSON.stringify({ lang: 'vi' }) })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const link = new URL(created.body.url)
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}${link.pathname}`)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toContain('no-store')
    expect(response?.headers()['cache-control']).toContain('private')
    expect(response?.headers()['x-robots-tag']).toBe('noindex')
    await expect(page.getByTestId('preview-banner').textContent()).resolves.toContain('BẢN XEM TRƯỚC / PREVIEW')
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex')
    await screenshot(page, '62-shared-preview-mobile')

    expect((await api(`/preview-links/${created.body.id}`, { method: 'DELETE' })).status).toBe(200)
    const gone = await page.goto(`${baseUrl}${link.pathname}`)
    expect(gone?.status()).toBe(410)
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Liên kết xem trước đã bị thu hồi')
    await screenshot(page, '63-shared-preview-revoked')
    await context.close()
  })
})
