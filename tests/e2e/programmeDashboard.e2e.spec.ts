import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot, signedInPage } from '../helpers/browser'
import { founder, founderToken } from './founder'

/** The programme's implementation dashboard, as a leader opens it from the admin's navigation. */
const baseUrl = inject('baseUrl')
let browser: Browser
// The seeded programme is the 2021 decision's: its year is the period a leader reports on.
const YEAR_2021 = 'from=2021-01-01&to=2021-12-31'

beforeAll(async () => {
  await founderToken(baseUrl)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the programme dashboard', () => {
  it('draws its three charts as SVG on the server at 1280 px, lists every task with its status, and reads without JavaScript', async () => {
    const page = await signedInPage(browser, baseUrl, founder)
    await page.goto(`${baseUrl}/admin/programme?${YEAR_2021}`)
    const dashboard = page.getByTestId('programme-dashboard')
    await dashboard.waitFor()
    // Inside the admin's own frame, with its navigation, as every other admin screen.
    expect(await page.locator('nav #nav-programme').count()).toBe(1)
    for (const chart of ['publications', 'reach', 'comments']) {
      const svg = page.getByTestId(`chart-${chart}`).locator('svg')
      expect(await svg.count(), chart).toBe(1)
      const box = await svg.boundingBox()
      expect(box?.width ?? 0, chart).toBeGreaterThan(100)
    }
    // The 2021 programme has nine tasks.
    expect(await page.getByTestId('programme-tasks').locator('tbody tr').count()).toBe(9)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true)
    await screenshot(page, '20-programme-dashboard-1280')

    // The same page with JavaScript off: the charts are in the server's HTML.
    const cookies = await page.context().cookies()
    const plain = await browser.newContext({ viewport: { width: 1280, height: 1000 }, javaScriptEnabled: false })
    await plain.addCookies(cookies)
    const noScript = await plain.newPage()
    await noScript.goto(`${baseUrl}/admin/programme?${YEAR_2021}`)
    expect(await noScript.locator('[data-testid^="chart-"] svg').count()).toBe(3)
    await plain.close()
    await page.context().close()
  })

  it('opens on the 2021 programme year and writes its period dd/MM/yyyy in an American-English browser in New York', async () => {
    const page = await signedInPage(browser, baseUrl, founder, { locale: 'en-US', timezoneId: 'America/New_York' })
    await page.goto(`${baseUrl}/admin/programme`)
    await page.getByTestId('programme-dashboard').waitFor()
    await expect(page.getByTestId('programme-year').inputValue()).resolves.toBe('2021')
    const from = page.locator('.programme-filters input[name="from"]')
    const to = page.locator('.programme-filters input[name="to"]')
    await expect(from.inputValue()).resolves.toBe('01/01/2021')
    await expect(to.inputValue()).resolves.toBe('31/12/2021')
    // Task titles in Vietnamese, not just "Nhiệm vụ 6".
    await expect(page.getByTestId('programme-tasks').textContent()).resolves.toContain('Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền')

    await from.fill('01/03/2021')
    await to.fill('30/06/2021')
    await page.locator('.programme-filters button[type="submit"]').click()
    await page.waitForURL(/from=01%2F03%2F2021/)
    await expect(from.inputValue()).resolves.toBe('01/03/2021')
    await expect(page.getByTestId('programme-dashboard').textContent()).resolves.toContain('Từ 01/03/2021 đến 30/06/2021')
    await screenshot(page, '21-programme-dashboard-period')
    await page.context().close()
  })
})
