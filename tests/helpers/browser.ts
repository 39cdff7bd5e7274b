import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { projectRoot } from '@/config/paths'

export const artifactsDir = path.join(projectRoot, 'tests', 'e2e', 'artifacts')

/** The system Chromium from Debian's package; npm cannot download a browser here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true })
  const file = path.join(artifactsDir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** A fresh browser context signed in to the admin as this person, on the dashboard. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  person: { email: string; password: string },
  options: { timezoneId?: string; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...options })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(person.email)
  await page.locator('#field-password').fill(person.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}
