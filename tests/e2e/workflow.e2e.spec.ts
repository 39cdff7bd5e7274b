import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatDateTime } from '@/i18n/formatDateTime'
import { launchBrowser, screenshot, signedInPage as signedInAs } from '../helpers/browser'
import { founderToken } from './founder'

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
  const adminToken = await founderToken(baseUrl)
  for (const person of [editor, reviewer]) {
    const created = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ ...person, name: person.roles[0] === 'editor' ? 'Nguyễn Văn Biên' : 'Lê Thị Duyệt' }),
    })
    expect(created.status).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
})

describe('the editorial workflow in the admin', () => {
  it('lets an editor write an article in Vietnamese with an image and submit it', async () => {
    const token = await tokenFor(editor)
    await api('/campaigns', { method: 'POST', token, body: JSON.stringify({ title: 'Chiến dịch an toàn trực tuyến' }) })
    const form = new FormData()
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2a6fb0' } })
      .png()
      .toBuffer()
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
    await clickAction(page, 'Gửi duyệt', 'Chưa xuất bản · chờ duyệt')
    await screenshot(page, '11-workflow-submitted')
    await page.context().close()
  })

  it('does not let the same editor approve it', async () => {
    const page = await signedInPage(editor)
    await openArticle(page)
    const buttons = await page.getByTestId('workflow-panel').getByRole('button').allTextContents()
    expect(buttons).not.toContain('Duyệt')
    const attempt = await page.evaluate(async (id) => {
      const response = await fetch(`/api/workflow/articles/${id}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'approve' }),
      })
      return response.status
    }, articleId)
    expect(attempt).toBe(403)
    await page.context().close()
  })

  it('lets a reviewer request changes, then find the resubmitted article in their queue, approve and publish it', async () => {
    const reviewerPage = await signedInPage(reviewer)
    await openArticle(reviewerPage)
    await reviewerPage.locator('#workflow-comment').fill('Vui lòng thêm số đường dây nóng 111.')
    await clickAction(reviewerPage, 'Yêu cầu chỉnh sửa', 'Chưa xuất bản · cần chỉnh sửa')

    const editorPage = await signedInPage(editor)
    await openArticle(editorPage)
    await expect(editorPage.getByTestId('workflow-panel').innerText()).resolves.toContain('Vui lòng thêm số đường dây nóng 111.')
    await clickAction(editorPage, 'Gửi duyệt', 'Chưa xuất bản · chờ duyệt')
    await editorPage.context().close()

    await reviewerPage.goto(`${baseUrl}/admin/review-queue`)
    await reviewerPage.getByTestId('review-queue').getByText(headline).waitFor()
    await screenshot(reviewerPage, '12-review-queue')
    await openArticle(reviewerPage)
    await clickAction(reviewerPage, 'Duyệt', 'Chưa xuất bản · đã duyệt')
    await clickAction(reviewerPage, 'Xuất bản', 'Đang xuất bản')
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

  it('lets a reviewer withdraw the live version while an edit waits in review, and publish the edit later as a new version with its note', async () => {
    const slug = (await api(`/articles/${articleId}?depth=0`)).body.slug as string
    const reason = 'Bài nêu nhầm tên một em nhỏ; đã gỡ để sửa.'
    const note = 'Đã bỏ tên của em nhỏ và cập nhật số liệu.'

    // 1. The editor edits the published article in the admin and sends the edit for review.
    const editorPage = await signedInPage(editor)
    await openArticle(editorPage)
    await editorPage.locator('#field-standfirst').fill('Hướng dẫn ngắn cho phụ huynh, bản đã sửa.')
    await editorPage.locator('#field-majorChange').check()
    await editorPage.locator('#field-changeNote').fill(note)
    await editorPage.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await editorPage.waitForFunction(
      () => document.querySelector('[data-testid="workflow-stage"]')?.textContent === 'Đang xuất bản · bản sửa đang soạn',
      undefined,
      { timeout: 20_000 },
    )
    await screenshot(editorPage, '14-live-edit-draft')
    await clickAction(editorPage, 'Gửi duyệt', 'Đang xuất bản · bản sửa chờ duyệt')
    const header = await editorPage.getByTestId('workflow-header-status').innerText()
    expect(header).toBe('Đang xuất bản · bản sửa chờ duyệt')
    await screenshot(editorPage, '15-live-edit-in-review')
    await editorPage.context().close()

    // 2. The reviewer withdraws the live version; the edit stays in review.
    const reviewerPage = await signedInPage(reviewer)
    await openArticle(reviewerPage)
    expect(await reviewerPage.getByTestId('workflow-live-actions').getByRole('button').allTextContents()).toContain('Rút bài')
    await reviewerPage.locator('#workflow-comment').fill(reason)
    await clickAction(reviewerPage, 'Rút bài', 'Đã rút · bản sửa chờ duyệt')
    await screenshot(reviewerPage, '16-withdrawn-edit-kept')

    // 3. The public page answers 410 with the reason.
    const gone = await fetch(`${baseUrl}/articles/${slug}`)
    expect(gone.status).toBe(410)
    expect(await gone.text()).toContain(reason)
    const anonymous = await browser.newPage()
    await anonymous.goto(`${baseUrl}/articles/${slug}`)
    await screenshot(anonymous, '17-withdrawn-page-410')
    await anonymous.close()

    // 4. The edit, still waiting, is approved and published as the next version.
    await clickAction(reviewerPage, 'Duyệt', 'Đã rút · bản sửa đã duyệt')
    await clickAction(reviewerPage, 'Xuất bản', 'Đang xuất bản')
    const history = await reviewerPage.getByTestId('workflow-history').innerText()
    expect(history).not.toContain('@')
    await screenshot(reviewerPage, '18-edit-published')
    await reviewerPage.context().close()

    // 5. The page is back, with the change note.
    const back = await fetch(`${baseUrl}/articles/${slug}`)
    expect(back.status).toBe(200)
    const html = await back.text()
    expect(html).toContain('bản đã sửa')
    expect(html).toContain(note)
    expect(html).toContain('Cập nhật lúc')
  })
  it('shows an editor abroad when the item was last modified in Viet Nam time, not in the browser’s zone', async () => {
    const page = await signedInAs(browser, baseUrl, editor, { timezoneId: 'America/New_York' })
    await openArticle(page)
    const updated = page.getByTestId('workflow-header-updated')
    await updated.waitFor()
    const stored = (await api(`/articles/${articleId}?depth=0&draft=true`, { token: await tokenFor(editor) })).body.updatedAt as string
    expect(await updated.textContent()).toBe(`Sửa lần cuối: ${formatDateTime(stored, 'vi')}`)
    // Payload's own timestamps, in New York time, are not shown beside it.
    expect(await page.locator('.doc-controls__value-wrap').first().isVisible()).toBe(false)
    await page.context().close()
  })

  it('tells an editor whose tab is out of date why the action failed, then shows the item as it is now', async () => {
    const token = await tokenFor(editor)
    const campaign = (await api('/campaigns?limit=1', { token })).body.docs[0]
    const created = await api('/articles?draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({ headline: 'Bài mở ở hai thẻ', standfirst: 'Sapo.', campaign: campaign.id }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const page = await signedInPage(editor)
    await page.goto(`${baseUrl}/admin/collections/articles/${created.body.doc.id}`)
    await page.getByTestId('workflow-panel').getByRole('button', { name: 'Gửi duyệt', exact: true }).waitFor()
    // Another tab submits it first.
    const elsewhere = await api(`/workflow/articles/${created.body.doc.id}`, { method: 'POST', token, body: JSON.stringify({ action: 'submit' }) })
    expect(elsewhere.status).toBe(200)
    await page.getByTestId('workflow-panel').getByRole('button', { name: 'Gửi duyệt', exact: true }).click()
    await page
      .getByTestId('workflow-panel')
      .getByText(/Không thể «Gửi duyệt»/)
      .waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="workflow-stage"]')?.textContent === 'Chưa xuất bản · chờ duyệt', undefined, {
      timeout: 20_000,
    })
    expect(await page.getByTestId('workflow-panel').getByRole('button', { name: 'Gửi duyệt', exact: true }).count()).toBe(0)
    // The header's status says the same, without a reload.
    await page.waitForFunction(() => document.querySelector('[data-testid="workflow-header-status"]')?.textContent === 'Chưa xuất bản · chờ duyệt', undefined, {
      timeout: 5_000,
    })
    await screenshot(page, '12-workflow-stale-tab-error')
    await page.context().close()
  })

  it('lets a reviewer in an American browser schedule at a time typed dd/MM/yyyy HH:mm in Viet Nam time, and names the field when it is typed month first', async () => {
    const editorToken = await tokenFor(editor)
    const reviewerToken = await tokenFor(reviewer)
    const campaign = (await api('/campaigns?limit=1', { token: editorToken })).body.docs[0]
    const created = await api('/articles?draft=true', {
      method: 'POST',
      token: editorToken,
      body: JSON.stringify({ headline: 'Bài lên lịch theo giờ Việt Nam', standfirst: 'Sapo.', campaign: campaign.id }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    for (const [token, action] of [
      [editorToken, 'submit'],
      [reviewerToken, 'approve'],
    ] as const) {
      expect((await api(`/workflow/articles/${id}`, { method: 'POST', token, body: JSON.stringify({ action }) })).status).toBe(200)
    }
    const page = await signedInAs(browser, baseUrl, reviewer, { locale: 'en-US', timezoneId: 'America/New_York' })
    await page.goto(`${baseUrl}/admin/collections/articles/${id}`)
    const publishAt = page.locator('#workflow-publish-at')
    await publishAt.waitFor()
    // A text field: a browser's datetime-local would show mm/dd/yyyy and AM/PM here.
    expect(await publishAt.getAttribute('type')).toBe('text')
    await publishAt.fill('12/31/2031 9:00 AM')
    await page.getByTestId('workflow-panel').getByRole('button', { name: 'Lên lịch xuất bản', exact: true }).click()
    await expect(page.getByTestId('workflow-message').textContent()).resolves.toBe(
      '«Thời điểm xuất bản» phải là ngày giờ dạng dd/mm/yyyy hh:mm, 24 giờ, giờ Việt Nam, ví dụ 25/12/2021 14:30.',
    )
    await publishAt.fill('31/12/2031 09:00')
    await clickAction(page, 'Lên lịch xuất bản', 'Đã lên lịch xuất bản · đã duyệt')
    await expect(page.getByTestId('workflow-publish-at').textContent()).resolves.toBe('Xuất bản lúc 31/12/2031 09:00 giờ Việt Nam')
    expect((await api(`/workflow/articles/${id}`, { token: reviewerToken })).body.publishAt).toBe('2031-12-31T02:00:00.000Z')
    await page.context().close()
  })
})
