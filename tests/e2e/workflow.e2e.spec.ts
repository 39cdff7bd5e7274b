import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot, signedInPage as signedInAs } from '../helpers/browser'
import { founder } from './founder'

const baseUrl = inject('baseUrl')
const editor = { email: 'bientap@ministry.test', password: 'editor-password-123', roles: ['editor'] }
const reviewer = { email: 'kiemduyet@ministry.test', password: 'reviewer-password-123', roles: ['reviewer'] }
const headline = 'Năm điều cha mẹ cần biết để bảo vệ con trên mạng'

let browser: Browser
let articleId: number

async function api(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body && typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  const response = await fetch(`${baseUrl}/api${path}`, { ...init, headers })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

const tokenFor = async (person: { email: string; password: string }) =>
  (await api('/users/login', { method: 'POST', body: JSON.stringify({ email: person.email, password: person.password }) })).body.token as string

const signedInPage = (person: { email: string; password: string }) => signedInAs(browser, baseUrl, person)

async function openArticle(page: Page) {
  await page.goto(`${baseUrl}/admin/collections/articles/${articleId}`)
  await page.getByTestId('workflow-panel').waitFor()
}

async function clickAction(page: Page, name: string, expectedStage: string) {
  await page.getByTestId('workflow-panel').getByRole('button', { name, exact: true }).click()
  await page.waitForFunction((stage) => document.querySelector('[data-testid="workflow-stage"]')?.textContent === stage, expectedStage, { timeout: 20_000 })
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await tokenFor(founder)
  for (const person of [editor, reviewer]) {
    const created = await api('/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...person, name: person.email }) })
    expect(created.status).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
})

describe('the editorial workflow in the admin', () => {
  it('lets an editor write an article in Vietnamese with an image and submit it', async () => {
    const token = await tokenFor(editor)
    const campaign = await api('/campaigns', { method: 'POST', token, body: JSON.stringify({ title: 'Chiến dịch an toàn trực tuyến' }) })
    const form = new FormData()
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2a6fb0' } }).png().toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'gia-dinh-dung-may-tinh.png')
    form.append('_payload', JSON.stringify({ alt: 'Gia đình cùng dùng máy tính', credit: 'Bộ Thông tin và Truyền thông' }))
    const image = await api('/media', { method: 'POST', token, body: form })
    expect(image.status).toBe(201)

    const page = await signedInPage(editor)
    await page.goto(`${baseUrl}/admin/collections/articles/create`)
    await page.locator('#field-headline').fill(headline)
    await page.locator('#field-standfirst').fill('Hướng dẫn ngắn cho phụ huynh về dụ dỗ trực tuyến và cách tố giác.')
    await page.locator('#field-campaign').click()
    await page.getByText('Chiến dịch an toàn trực tuyến', { exact: true }).last().click()
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    articleId = Number(page.url().match(/articles\/(\d+)/)![1])
    // The image goes in through the REST API, as the same editor, before submission.
    const attached = await api(`/articles/${articleId}?draft=true`, { method: 'PATCH', token, body: JSON.stringify({ images: [image.body.doc.id] }) })
    expect(attached.status).toBe(200)

    await openArticle(page)
    await screenshot(page, '10-workflow-editor-draft')
    await clickAction(page, 'Gửi duyệt', 'Chờ duyệt')
    await screenshot(page, '11-workflow-submitted')
    await page.context().close()
  })

  it('does not let the same editor approve it', async () => {
    const page = await signedInPage(editor)
    await openArticle(page)
    const buttons = await page.getByTestId('workflow-panel').getByRole('button').allTextContents()
    expect(buttons).not.toContain('Duyệt')
    const attempt = await page.evaluate(async (id) => {
      const response = await fetch(`/api/workflow/articles/${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'approve' }) })
      return response.status
    }, articleId)
    expect(attempt).toBe(403)
    await page.context().close()
  })

  it('lets a reviewer request changes, then find the resubmitted article in their queue, approve and publish it', async () => {
    const reviewerPage = await signedInPage(reviewer)
    await openArticle(reviewerPage)
    await reviewerPage.locator('#workflow-comment').fill('Vui lòng thêm số đường dây nóng 111.')
    await clickAction(reviewerPage, 'Yêu cầu chỉnh sửa', 'Cần chỉnh sửa')

    const editorPage = await signedInPage(editor)
    await openArticle(editorPage)
    await expect(editorPage.getByTestId('workflow-panel').innerText()).resolves.toContain('Vui lòng thêm số đường dây nóng 111.')
    await clickAction(editorPage, 'Gửi duyệt', 'Chờ duyệt')
    await editorPage.context().close()

    await reviewerPage.goto(`${baseUrl}/admin/review-queue`)
    await reviewerPage.getByTestId('review-queue').getByText(headline).waitFor()
    await screenshot(reviewerPage, '12-review-queue')
    await openArticle(reviewerPage)
    await clickAction(reviewerPage, 'Duyệt', 'Đã duyệt')
    await clickAction(reviewerPage, 'Xuất bản', 'Đã xuất bản')
    await screenshot(reviewerPage, '13-workflow-published')
    await reviewerPage.context().close()
  })

  it('is then found by an anonymous REST call', async () => {
    const found = await api(`/articles?where[id][equals]=${articleId}&depth=1`)
    expect(found.status).toBe(200)
    expect(found.body.docs).toHaveLength(1)
    expect(found.body.docs[0].headline).toBe(headline)
    expect(found.body.docs[0].images[0].credit).toBe('Bộ Thông tin và Truyền thông')
  })
})
