import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot } from '../helpers/browser'
import { founder } from './founder'

const baseUrl = inject('baseUrl')

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  // An English-speaking browser: the admin must still open in Vietnamese.
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function logIn(email: string, password: string) {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}

describe('the newsroom admin on a fresh install', () => {
  it('sends a new visitor to the first-user screen, in Vietnamese', async () => {
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    // The title follows the client-side redirect a moment later.
    await page.waitForFunction(() => document.title.includes('Tạo người dùng đầu tiên'), undefined, { timeout: 15_000 })
    await screenshot(page, '01-create-first-user-vi')
  })

  it('creates the first user, who lands on the Vietnamese dashboard as an admin', async () => {
    await page.locator('#field-email').fill(founder.email)
    await page.locator('#field-password').fill(founder.password)
    await page.locator('#field-confirm-password').fill(founder.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/)
    await page.getByText('Nhiệm vụ', { exact: true }).first().waitFor()
    // An editor's desk, not Payload's grid of collections, with the desk and the review queue in the navigation.
    await page.getByRole('heading', { name: 'Bàn làm việc' }).waitFor()
    await page.getByTestId('desk-my-drafts').waitFor()
    expect(await page.locator('#nav-review-queue').textContent()).toBe('Hàng chờ duyệt')
    const me = await page.evaluate(async () => (await fetch('/api/users/me', { credentials: 'include' })).json())
    expect(me.user.roles).toEqual(['admin'])
    await screenshot(page, '02-dashboard-vi')
  })

  it('logs out and logs back in', async () => {
    await page.goto(`${baseUrl}/admin/logout`)
    await page.waitForURL(/\/admin\/login/)
    await screenshot(page, '03-login-vi')
    await logIn(founder.email, founder.password)
    await page.getByTestId('editors-desk').waitFor()
  })

  it('filters the audit log by days typed dd/MM/yyyy in an American browser, and names a day typed month first', async () => {
    await page.goto(`${baseUrl}/admin/collections/audit-log`)
    const filter = page.getByTestId('audit-filter')
    const from = filter.locator('input[name="from"]')
    await from.waitFor()
    // A text field: a browser's date input would show mm/dd/yyyy here.
    expect(await from.getAttribute('type')).toBe('text')
    await from.fill('12/31/2026')
    await filter.getByRole('button', { name: 'Lọc', exact: true }).click()
    await expect(page.getByTestId('audit-filter-problem').textContent()).resolves.toBe('«Từ ngày» phải là một ngày dạng dd/mm/yyyy, ví dụ 25/12/2021.')
    // The refused day filters nothing: the list's address carries no condition.
    expect(page.url()).not.toContain('where')
    await from.fill('01/12/2026')
    await filter.locator('input[name="to"]').fill('7/12/2026')
    await filter.getByRole('button', { name: 'Lọc', exact: true }).click()
    await page.waitForURL(/createdAt/)
    const address = decodeURIComponent(page.url())
    expect(address).toContain('[createdAt][greater_than_equal]=2026-12-01T00:00:00+07:00')
    expect(address).toContain('[createdAt][less_than]=2026-12-08T00:00:00+07:00')
    // The form shows the filter the list shows, written as it was typed.
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="audit-filter"] input[name="to"]') as HTMLInputElement | null)?.value === '07/12/2026',
      undefined,
      { timeout: 10_000 },
    )
  })

  it('switches the interface to English from the account page', async () => {
    await page.goto(`${baseUrl}/admin/account`)
    const language = page.locator('.payload-settings__language .react-select, #field-language').first()
    await language.click()
    await page.getByText('English', { exact: true }).last().click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    await page.goto(`${baseUrl}/admin`)
    await page.getByText('Programme tasks', { exact: true }).first().waitFor()
    await page.getByRole('heading', { name: "Editor's desk" }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await screenshot(page, '04-dashboard-en')
    await page.setViewportSize({ width: 375, height: 800 })
    await screenshot(page, '04-dashboard-en-375')
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('shows a sent mail in the outbox, readable with its reset link', async () => {
    const sent = await page.request.post(`${baseUrl}/api/users/forgot-password`, { data: { email: founder.email } })
    expect(sent.status()).toBe(200)
    await page.goto(`${baseUrl}/admin/outbox`)
    const message = page.getByRole('link', { name: /Reset your password|Đặt lại mật khẩu/ }).first()
    await message.waitFor()
    await screenshot(page, '05-outbox-list')
    await message.click()
    await page.waitForURL(/message=/)
    const text = await page.getByTestId('outbox-text').innerText()
    expect(text).toContain(`${baseUrl}/admin/reset/`)
    await expect(page.locator('body').innerText()).resolves.toContain(founder.email)
    await screenshot(page, '06-outbox-message')
  })
})
