import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, screenshot } from '../helpers/browser'
import { e2eApi } from '../helpers/e2eApi'
import { seriousAccessibilityViolations, type AxeViolation } from '../helpers/pageQuality'
import { founder, founderToken } from './founder'

/**
 * The admin screens editors spend their day on, checked with axe at phone and desktop
 * widths in both admin languages: the editor's desk, an article with its workflow panel,
 * the review queue and the audit log.
 */
const baseUrl = inject('baseUrl')
const { api, tokenFor } = e2eApi(baseUrl)
const people = {
  editor: { email: 'a11y-editor@ministry.test', password: 'a11y-editor-12345', roles: ['editor'], name: 'Phạm Văn Biên' },
  reviewer: { email: 'a11y-reviewer@ministry.test', password: 'a11y-reviewer-12345', roles: ['reviewer'], name: 'Đỗ Thị Duyệt' },
}
let browser: Browser
let articleId = 0

/**
 * Violations inside Payload's own interface (@payloadcms/ui 3.90.1) that neither its
 * configuration nor our CSS can reach: each is one rule on one kind of Payload element,
 * matched by its selector (and markup where the selector is a generated id). Everything
 * else, our own components and every colour, must pass.
 */
const PAYLOAD_OWN: Array<{ rule: string; target: RegExp; html?: RegExp; why: string }> = [
  {
    rule: 'aria-hidden-focus',
    target: /\.rs__indicators[\w.-]* > \.(clear|dropdown)-indicator\[/,
    why: 'the clear and open indicators of Payload’s react-select are focusable yet aria-hidden',
  },
  {
    rule: 'label',
    target: /^#react-select-[\w-]+-input$/,
    why: 'the typing input of Payload’s select and relationship fields: the field label names the wrapper, not this input',
  },
  {
    rule: 'label',
    target: /\.react-datepicker__input-container > input\[type="text"\]/,
    why: 'Payload’s date field renders its input without the id its label points at',
  },
  {
    rule: 'label',
    target: /^#_R_\w+_$/,
    html: /^<input aria-label="" id="_R_\w+_" type="checkbox">$/,
    why: 'the row selection checkbox of Payload’s list view has an empty aria-label',
  },
  { rule: 'aria-input-field-name', target: /^\.ContentEditable__root$/, why: 'the editable area of Payload’s Lexical rich text field has no accessible name' },
  {
    rule: 'button-name',
    target: /\.doc-controls__popup > \.popup__trigger-wrap > \.popup-button/,
    why: 'the three-dot menu of Payload’s document controls is a button without text',
  },
  {
    rule: 'label-content-name-mismatch',
    target: /^a\[aria-label="[^"]+"\]$/,
    html: /\bdoc-tab\b/,
    why: 'Payload’s versions tab names itself by an aria-label that leaves out its visible count',
  },
  { rule: 'list', target: /^\.doc-tabs__tabs$/, why: 'Payload’s document tabs put div and a elements directly in a ul' },
  { rule: 'nested-interactive', target: /\.rs__multi-value$/, why: 'Payload’s sortable chips of a multiple relationship are buttons holding a remove button' },
  {
    rule: 'scrollable-region-focusable',
    target: /^\.doc-controls__content$/,
    why: 'the document controls bar of Payload’s edit view scrolls sideways on a phone without being focusable',
  },
]

const excluded = (rule: string, node: { target: string[]; html?: string }) => {
  const target = node.target.join(' ')
  return PAYLOAD_OWN.some((known) => known.rule === rule && known.target.test(target) && (!known.html || known.html.test(node.html ?? '')))
}

function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.filter((node) => !excluded(violation.id, node)).map((node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}`),
  )
}

async function signedIn(person: { email: string; password: string }, lang: 'vi' | 'en', width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  // The admin's language is Payload's language cookie, as the account page sets it.
  await context.addCookies([{ name: 'payload-lng', value: lang, url: baseUrl }])
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(person.email)
  await page.locator('#field-password').fill(person.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await founderToken(baseUrl)
  for (const person of Object.values(people)) {
    const created = await api('/api/users', { method: 'POST', token: adminToken, body: JSON.stringify(person) })
    expect(created.status, created.text).toBe(201)
  }
  const editorToken = await tokenFor(people.editor)
  const campaign = await api('/api/campaigns', { method: 'POST', token: editorToken, body: JSON.stringify({ title: 'Chiến dịch kiểm tra khả năng tiếp cận' }) })
  expect(campaign.status, campaign.text).toBe(201)
  const article = await api('/api/articles?draft=true', {
    method: 'POST',
    token: editorToken,
    body: JSON.stringify({ headline: 'Bài viết chờ duyệt về an toàn trên mạng', standfirst: 'Tóm tắt ngắn.', campaign: campaign.body.doc.id }),
  })
  expect(article.status, article.text).toBe(201)
  articleId = article.body.doc.id
  const submitted = await api(`/api/workflow/articles/${articleId}`, { method: 'POST', token: editorToken, body: JSON.stringify({ action: 'submit' }) })
  expect(submitted.status, submitted.text).toBe(200)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const screens = [
  { name: 'editor’s desk', person: () => people.editor, path: '/admin', ready: '[data-testid="editors-desk"]' },
  {
    name: 'article with its workflow panel',
    person: () => people.editor,
    path: () => `/admin/collections/articles/${articleId}`,
    ready: '[data-testid="workflow-panel"]',
  },
  { name: 'review queue', person: () => people.reviewer, path: '/admin/review-queue', ready: '[data-testid="review-queue"]' },
  { name: 'audit log', person: () => founder, path: '/admin/collections/audit-log', ready: '.collection-list' },
] as const

describe('accessibility of the admin screens editors use', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const width of [375, 1280]) {
      for (const screen of screens) {
        it(`finds no serious or critical axe violations on the ${screen.name} at ${width} px in ${lang === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
          const page = await signedIn(screen.person(), lang, width)
          try {
            const pathname = typeof screen.path === 'function' ? screen.path() : screen.path
            await page.goto(`${baseUrl}${pathname}`)
            await page.locator(screen.ready).first().waitFor({ timeout: 30_000 })
            expect(await page.locator('html').getAttribute('lang')).toBe(lang)
            // Payload's client components settle after hydration; axe reads the settled page.
            await page.waitForLoadState('networkidle')
            const found = describeViolations(await seriousAccessibilityViolations(page))
            if (found.length) await screenshot(page, `a11y-${screen.name.replace(/\W+/g, '-')}-${lang}-${width}`)
            expect(found, `${pathname} in ${lang} at ${width}px`).toEqual([])
          } finally {
            await page.context().close()
          }
        })
      }
    }
  }
})
