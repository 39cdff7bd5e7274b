import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot } from '../helpers/browser'
import { e2eApi } from '../helpers/e2eApi'
import { mailsTo } from '../helpers/outboxMail'
import { founderToken } from './founder'

/**
 * The subscription path on the running app: a journalist subscribes, confirms from the
 * mail (read from the development outbox), gets an alert when an article is published,
 * and a press officer watches the mailing in the admin.
 */
const baseUrl = inject('baseUrl')
const outbox = path.join(inject('e2eDataDir'), 'outbox')
const people = {
  editor: { email: 'mail-editor@ministry.test', password: 'mail-editor-12345', roles: ['editor'] },
  reviewer: { email: 'mail-reviewer@ministry.test', password: 'mail-reviewer-12345', roles: ['reviewer'] },
  pressOfficer: { email: 'mail-press@ministry.test', password: 'mail-press-12345', roles: ['press-officer'] },
}
const journalist = 'phongvien@vietnamnet.test'
const headline = 'Ba dấu hiệu con bị dụ dỗ trên mạng'
let browser: Browser

const { api, tokenFor } = e2eApi(baseUrl)

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await founderToken(baseUrl)
  for (const person of Object.values(people)) {
    const created = await api('/api/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...person, name: person.email }) })
    expect(created.status).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
})

describe('email to journalists', () => {
  it('subscribes a journalist who confirms from the mail and is then active', async () => {
    const answer = await api('/api/v1/subscriptions', {
      method: 'POST',
      body: JSON.stringify({ email: journalist, name: 'Phóng viên An', locale: 'vi', frequency: 'immediate' }),
    })
    expect(answer.status).toBe(202)
    const [confirmation] = await mailsTo(outbox, journalist, 1)
    expect(confirmation, 'no confirmation mail in the outbox').toBeDefined()
    const link = String(confirmation!.text).match(/https?:\/\/\S+\/subscriptions\/confirm\?token=\S+/)?.[0]
    expect(link).toBeTruthy()
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    const response = await page.goto(link!)
    expect(response?.status(), `${link}: ${await response?.text()}`).toBe(200)
    await page.locator('main').waitFor()
    await screenshot(page, '30-subscription-confirmed')
    await context.close()
  })

  it('alerts the journalist when an article is published, and shows the run in the admin', async () => {
    const editorToken = await tokenFor(people.editor)
    const reviewerToken = await tokenFor(people.reviewer)
    const campaign = await api('/api/campaigns', { method: 'POST', token: editorToken, body: JSON.stringify({ title: 'Chiến dịch thư điện tử' }) })
    const article = await api('/api/articles', { method: 'POST', token: editorToken, body: JSON.stringify({ headline, campaign: campaign.body.doc.id }) })
    const id = article.body.doc.id
    for (const [token, action] of [
      [editorToken, 'submit'],
      [reviewerToken, 'approve'],
      [reviewerToken, 'publish'],
    ] as const) {
      const done = await api(`/api/workflow/articles/${id}`, { method: 'POST', token, body: JSON.stringify({ action }) })
      expect(done.status, JSON.stringify(done.body)).toBe(200)
    }
    const mails = await mailsTo(outbox, journalist, 2)
    const alert = mails.find((mail) => mail.subject?.includes(headline))
    expect(alert, 'no alert in the outbox').toBeDefined()
    expect(alert!.headerLines.some((line) => line.key === 'list-unsubscribe-post')).toBe(true)

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('#field-email').fill(people.pressOfficer.email)
    await page.locator('#field-password').fill(people.pressOfficer.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`${baseUrl}/admin/collections/digest-runs`)
    await page.getByTestId('run-progress').first().waitFor()
    await expect(page.getByTestId('run-progress').first().innerText()).resolves.toContain('1/1 đã gửi')
    // Each run is titled by its kind and the item's headline, not by its system key.
    await page
      .getByRole('link', { name: `Tin mới: ${headline}` })
      .first()
      .waitFor()
    await screenshot(page, '31-mailing-runs')
    await context.close()
  })

  it('unsubscribes in one click from the link in the mail', async () => {
    const [confirmation] = await mailsTo(outbox, journalist, 1)
    const header = confirmation!.headerLines.find((line) => line.key === 'list-unsubscribe')!.line
    const link = header.match(/<(https?:\/\/[^>]+)>/)![1]!
    const response = await fetch(link, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(response.status).toBe(200)
    const pressToken = await tokenFor(people.pressOfficer)
    const found = await api(`/api/subscribers?where[email][equals]=${encodeURIComponent(journalist)}`, { token: pressToken })
    expect(found.body.docs[0].status).toBe('unsubscribed')
  })
})
