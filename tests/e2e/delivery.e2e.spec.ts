import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser } from 'playwright-core'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { verifyWebhookSignature } from '@/delivery/webhooks/signWebhook'
import { launchBrowser, screenshot } from '../helpers/browser'
import { e2eApi } from '../helpers/e2eApi'
import { founderToken } from './founder'

/**
 * The delivery path on the running app, as an agency meets it: a press officer registers
 * the agency, an article goes through the workflow, and the agency gets a signed webhook,
 * finds the item in /api/v1/items and the public feed, and revalidates with its ETag.
 */
const baseUrl = inject('baseUrl')
const people = {
  editor: { email: 'delivery-editor@ministry.test', password: 'delivery-editor-123', roles: ['editor'] },
  reviewer: { email: 'delivery-reviewer@ministry.test', password: 'delivery-reviewer-123', roles: ['reviewer'] },
  pressOfficer: { email: 'press@ministry.test', password: 'press-officer-12345', roles: ['press-officer'] },
}
const apiKey = 'e2e-agency-key-5b1f0c7e-1d2a-4c55-9a0e'
const headline = 'Cha mẹ đồng hành cùng con trên mạng'

let browser: Browser
let receiver: http.Server
let receiverUrl: string
const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = []
let articleId: number
let webhookSecret: string

const { api, tokenFor } = e2eApi(baseUrl)

const agencyGet = (path: string, headers: Record<string, string> = {}) => api(path, { headers: { Authorization: `agencies API-Key ${apiKey}`, ...headers } })

beforeAll(async () => {
  browser = await launchBrowser()
  receiver = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      response.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/newsroom`
  const adminToken = await founderToken(baseUrl)
  for (const person of Object.values(people)) {
    const created = await api('/api/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...person, name: person.email }) })
    expect(created.status).toBe(201)
  }
})

afterAll(async () => {
  await browser?.close()
  if (receiver) await new Promise((resolve) => receiver.close(resolve))
})

describe('delivery to a press agency', () => {
  it('lets a press officer register an agency with an API key and a webhook, and see it in the admin', async () => {
    const token = await tokenFor(people.pressOfficer)
    const created = await api('/api/agencies', {
      method: 'POST',
      token,
      body: JSON.stringify({
        name: 'VietNamNet',
        kind: 'online',
        contactEmail: 'toasoan@vietnamnet.test',
        trusted: false,
        enableAPIKey: true,
        apiKey,
        webhookUrl: receiverUrl,
      }),
    })
    expect(created.status).toBe(201)
    webhookSecret = created.body.doc.webhookSecret
    expect(webhookSecret).toMatch(/^whsec_/)

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('#field-email').fill(people.pressOfficer.email)
    await page.locator('#field-password').fill(people.pressOfficer.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`${baseUrl}/admin/collections/agencies`)
    await page.getByText('VietNamNet').first().waitFor()
    await screenshot(page, '20-delivery-agencies')
    await context.close()
  })

  it('posts a signed item.published webhook as soon as a reviewer publishes', async () => {
    const editorToken = await tokenFor(people.editor)
    const reviewerToken = await tokenFor(people.reviewer)
    const campaign = await api('/api/campaigns', { method: 'POST', token: editorToken, body: JSON.stringify({ title: 'Tháng hành động vì trẻ em' }) })
    const article = await api('/api/articles', {
      method: 'POST',
      token: editorToken,
      body: JSON.stringify({ headline, standfirst: 'Năm việc nên làm mỗi tối.', campaign: campaign.body.doc.id }),
    })
    expect(article.status).toBe(201)
    articleId = article.body.doc.id
    const act = async (token: string, action: string) => {
      const response = await api(`/api/workflow/articles/${articleId}`, { method: 'POST', token, body: JSON.stringify({ action }) })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    await act(editorToken, 'submit')
    await act(reviewerToken, 'approve')
    await act(reviewerToken, 'publish')

    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && !received.some((hit) => hit.body.includes(`urn:newsroom:article:${articleId}:vi`))) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const hit = received.find((entry) => entry.body.includes(`urn:newsroom:article:${articleId}:vi`))
    expect(hit, 'no webhook arrived within 30 s').toBeDefined()
    const body = JSON.parse(hit!.body)
    expect(body.event).toBe('item.published')
    expect(body.item.headlines[0].value).toBe(headline)
    expect(verifyWebhookSignature({ secret: webhookSecret, body: hit!.body, header: String(hit!.headers['x-newsroom-signature']) })).toBe(true)
  })

  it('serves the item through /api/v1/items with a key, and 304 for its ETag', async () => {
    expect((await api('/api/v1/items')).status).toBe(401)
    const page = await agencyGet('/api/v1/items?limit=5&lang=vi')
    expect(page.status).toBe(200)
    expect(page.body.items[0].uri).toBe(`urn:newsroom:article:${articleId}:vi`)
    const etag = page.headers.get('etag')!
    expect(etag).toBeTruthy()
    expect((await agencyGet('/api/v1/items?limit=5&lang=vi', { 'If-None-Match': etag })).status).toBe(304)
    const one = await agencyGet(`/api/v1/items/article-${articleId}-vi`)
    expect(one.body.pubStatus).toBe('usable')
  })

  it('lists the item in the public Atom feed and describes the API in OpenAPI 3.1', async () => {
    const atom = await api('/feeds/vi/atom.xml')
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    const parsed = await new Parser().parseString(atom.text)
    expect(parsed.items.map((item) => item.title)).toContain(headline)
    const openapi = await api('/api/v1/openapi.json')
    expect(openapi.body.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.body.paths)).toContain('/api/v1/items')
  })

  it('tells the agency of a withdrawal, and drops the item from the feed', async () => {
    const reviewerToken = await tokenFor(people.reviewer)
    const withdrawn = await api(`/api/workflow/articles/${articleId}`, {
      method: 'POST',
      token: reviewerToken,
      body: JSON.stringify({ action: 'withdraw', comment: 'Sai số liệu.' }),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const one = await agencyGet(`/api/v1/items/article-${articleId}-vi`)
    expect(one.body.pubStatus).toBe('canceled')
    const atom = await new Parser().parseString((await api('/feeds/vi/atom.xml')).text)
    expect(atom.items.map((item) => item.title)).not.toContain(headline)
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline && !received.some((hit) => hit.body.includes('"item.withdrawn"'))) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(received.some((hit) => hit.body.includes('"item.withdrawn"'))).toBe(true)
  })
})
