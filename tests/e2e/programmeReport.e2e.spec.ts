import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot, signedInPage } from '../helpers/browser'
import { founder, founderToken } from './founder'

/** The year-end report's lifecycle on a programme year's edit screen, as its host's staff and an admin use it. */
const baseUrl = inject('baseUrl')
// A year of its own, far from the seeded 2021 one that other browser tests read.
const YEAR = 2041
const password = 'a-long-staff-password-41'

let browser: Browser
let token: string
let yearId: number
const host = { email: `host-${Date.now()}@staff.test`, password }
const reader = { email: `reader-${Date.now()}@staff.test`, password }

async function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('Authorization', `JWT ${token}`)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  const response = await fetch(`${baseUrl}/api${path}`, { ...init, headers })
  const body = (await response.json().catch(() => null)) as any
  return { status: response.status, body }
}

async function post(path: string, body: unknown) {
  const answer = await api(path, { method: 'POST', body: JSON.stringify(body) })
  expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(201)
  return answer.body.doc
}

beforeAll(async () => {
  token = await founderToken(baseUrl)
  browser = await launchBrowser()
  const ais = (await api('/institutions?where[code][equals]=AIS&depth=0')).body.docs[0]
  const year = await post('/programme-years?locale=vi', {
    year: YEAR,
    decisionNumber: '41/QĐ-E2E',
    reportDue: '2041-12-24T17:00:00.000Z',
    hostInstitution: ais.id,
    ministry: 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
    place: 'Hà Nội',
    difficulties: 'Thiếu nhân lực trong quý IV.',
  })
  yearId = year.id
  await post('/programme-tasks?locale=vi', { year: yearId, number: 1, label: 'Nhiệm vụ 1', text: 'Rà soát khung pháp lý.', host: ais.id, due: '2041-Q2' })
  await post('/users', { ...host, name: 'Cán bộ Cục ATTT', roles: ['editor'], institution: ais.id })
  await post('/users', { ...reader, name: 'Người duyệt', roles: ['reviewer'] })
})

afterAll(async () => {
  await browser?.close()
})

const openYear = async (page: Page, id = yearId) => {
  await page.goto(`${baseUrl}/admin/collections/programme-years/${id}`)
  await page.getByTestId('programme-report-panel').waitFor({ timeout: 30_000 })
}

describe("the year-end report's buttons", () => {
  it("let the host department's staff mark the report submitted after a confirmation, then lock its fields and offer the frozen copy", async () => {
    const page = await signedInPage(browser, baseUrl, host)
    await openYear(page)
    // Not an admin: no copy-forward.
    expect(await page.locator('#programme-copy-forward').count()).toBe(0)
    await expect(page.locator('#field-difficulties').isEditable()).resolves.toBe(true)
    await page.locator('#programme-submit-report').click()
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    await expect(modal.textContent()).resolves.toContain(`Một bản báo cáo năm ${YEAR} sẽ được lưu cố định`)
    await screenshot(page, '30-programme-submit-confirm')
    await modal.locator('#confirm-action').click()
    const notice = page.getByTestId('programme-report-notice')
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toMatch(/^Đã nộp báo cáo lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} giờ Việt Nam\. Phần báo cáo đã được khoá\.$/)
    await page.getByTestId('programme-frozen-copy').waitFor()
    // The server drew the form again: the report's fields are read-only now.
    await expect.poll(() => page.locator('#field-difficulties').isEditable(), { timeout: 15_000 }).toBe(false)
    await expect(page.locator('#field-proposals').isEditable()).resolves.toBe(false)
    await screenshot(page, '31-programme-submitted')
    const csvHref = await page.getByTestId('programme-frozen-copy').locator('a', { hasText: 'CSV' }).getAttribute('href')
    // Fetched from the page, as the browser sends the admin's session (same origin).
    const csv = await page.evaluate(async (href) => {
      const response = await fetch(href!, { credentials: 'include' })
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
    }, csvHref)
    expect(csv.status).toBe(200)
    expect(csv.type).toContain('text/csv')

    // The API refuses what the form no longer offers, in the reader's language.
    const refused = await page.evaluate(async (id) => {
      const response = await fetch(`/api/programme-years/${id}?locale=vi`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ difficulties: 'Sửa sau khi nộp.' }),
      })
      return { status: response.status, body: await response.text() }
    }, yearId)
    expect(refused.status).toBe(400)
    expect(refused.body).toContain('`difficulties`')
    expect(refused.body).toContain('đã nộp')
    await page.context().close()
  })

  it('show staff who may not edit the year neither button', async () => {
    const page = await signedInPage(browser, baseUrl, reader)
    await page.goto(`${baseUrl}/admin/collections/programme-years/${yearId}`)
    await page.locator('#field-difficulties').waitFor({ timeout: 30_000 })
    expect(await page.locator('#programme-submit-report').count()).toBe(0)
    expect(await page.locator('#programme-copy-forward').count()).toBe(0)
    await page.context().close()
  })

  it('let an admin save what stays editable on a submitted year, copy the tasks forward to next year after a confirmation, and say why a second copy is refused', async () => {
    const page = await signedInPage(browser, baseUrl, founder)
    await openYear(page)
    // The form of a submitted year still saves what stays editable: it sends the locked fields back unchanged.
    const decisionDate = page.locator('#field-decisionDate .react-datepicker__input-container input')
    await decisionDate.fill('22/12/2040')
    await decisionDate.press('Enter')
    await page.locator('#action-save').click()
    await expect.poll(async () => (await api(`/programme-years/${yearId}?depth=0`)).body.decisionDate, { timeout: 15_000 }).toMatch(/^2040-12-2[12]T/)
    expect(await page.locator('.payload-toast-container .toast-error').count()).toBe(0)

    await page.locator('#programme-next-decision').fill('42/QĐ-E2E')
    await page.locator('#programme-copy-forward').click()
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    await expect(modal.textContent()).resolves.toContain(`Năm ${YEAR + 1} sẽ được tạo với các nhiệm vụ của năm ${YEAR}`)
    await modal.locator('#confirm-action').click()
    const notice = page.getByTestId('programme-report-notice')
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain(`Đã tạo năm ${YEAR + 1} với 1 nhiệm vụ.`)
    await screenshot(page, '32-programme-copied-forward')
    const created = (await api(`/programme-years?where[year][equals]=${YEAR + 1}&depth=0`)).body.docs[0]
    expect(created.decisionNumber).toBe('42/QĐ-E2E')
    expect(created.reportDue).toBe('2042-12-24T17:00:00.000Z')
    expect(await notice.locator('a').getAttribute('href')).toBe(`/admin/collections/programme-years/${created.id}`)

    await page.locator('#programme-copy-forward').click()
    await modal.waitFor()
    await modal.locator('#confirm-action').click()
    const alert = page.locator('[data-testid="programme-report-notice"][role="alert"]')
    await alert.waitFor({ timeout: 15_000 })
    await expect(alert.textContent()).resolves.toBe(`Năm chương trình ${YEAR + 1} đã có.`)
    await screenshot(page, '33-programme-copy-refused')
    await page.context().close()
  })
})
