import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { launchBrowser, screenshot, signedInPage as signedInAs } from '../helpers/browser'
import { horizontalOverflow, seriousAccessibilityViolations } from '../helpers/pageQuality'
import { e2eApi } from '../helpers/e2eApi'
import { founderToken } from './founder'

/**
 * A public consultation on a code of conduct, end to end on the running app: a parent
 * comments on clause 2 from the site, an editor publishes the comment in the admin, a
 * reviewer answers it, the answer shows under the clause, and the report counts it.
 */
const baseUrl = inject('baseUrl')
const { api, tokenFor } = e2eApi(baseUrl)
const people = {
  editor: { email: 'code-editor@ministry.test', password: 'code-editor-12345', roles: ['editor'] },
  reviewer: { email: 'code-reviewer@ministry.test', password: 'code-reviewer-12345', roles: ['reviewer'] },
}
const commenter = { name: 'Nguyễn Thị Hoa', email: 'hoa.phuhuynh@example.test' }
const commentText = 'Đề nghị ghi rõ cha mẹ được hướng dẫn cài đặt chế độ kiểm soát của phụ huynh. <b>không in đậm</b>'
const reply = 'Ban soạn thảo tiếp thu: khoản 2 đã bổ sung hướng dẫn cài đặt.'
let browser: Browser
let slug = ''
let codeId = 0
let clauseTwoKey = ''

const signedInPage = (person: { email: string; password: string }) => signedInAs(browser, baseUrl, person)

async function pickOption(page: Page, field: string, label: string) {
  await page.locator(`#field-${field}`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  await page.getByText('Cập nhật thành công.').waitFor({ timeout: 20_000 })
}

async function runWorkflow(token: string, action: string) {
  const answer = await api(`/api/workflow/conduct-codes/${codeId}`, { method: 'POST', token, body: JSON.stringify({ action }) })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await founderToken(baseUrl)
  for (const person of Object.values(people)) {
    const created = await api('/api/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...person, name: person.email }) })
    expect(created.status).toBe(201)
  }
  const editorToken = await tokenFor(people.editor)
  const reviewerToken = await tokenFor(people.reviewer)
  const code = await api('/api/conduct-codes?draft=true', {
    method: 'POST',
    token: editorToken,
    body: JSON.stringify({
      title: 'Quy tắc ứng xử về bảo vệ trẻ em trên không gian mạng',
      summary: 'Dự thảo lấy ý kiến rộng rãi.',
      revisionLabel: 'v0.1',
      chapters: [
        {
          title: 'Quy định chung',
          articles: [
            {
              title: 'Trách nhiệm của cha mẹ',
              clauses: [
                {
                  heading: 'Đồng hành',
                  text: lexicalParagraphs('Cha mẹ đồng hành cùng con khi con sử dụng mạng.'),
                  rationale: 'Ghi chú nội bộ của ban soạn thảo.',
                },
                { heading: 'Kiểm soát', text: lexicalParagraphs('Cha mẹ sử dụng công cụ kiểm soát phù hợp với lứa tuổi của con.') },
              ],
            },
          ],
        },
        {
          title: 'Nhà trường',
          articles: [
            { title: 'Giáo dục kỹ năng số', clauses: [{ heading: 'Bài học', text: lexicalParagraphs('Nhà trường dạy học sinh nhận biết rủi ro trên mạng.') }] },
          ],
        },
      ],
    }),
  })
  expect(code.status, JSON.stringify(code.body)).toBe(201)
  codeId = code.body.doc.id
  slug = code.body.doc.slug
  clauseTwoKey = code.body.doc.chapters[0].articles[0].clauses[1].key
  await runWorkflow(editorToken, 'submit')
  await runWorkflow(reviewerToken, 'approve')
  await runWorkflow(reviewerToken, 'publish')
  const now = Date.now()
  const consultation = await api('/api/code-consultations', {
    method: 'POST',
    token: editorToken,
    body: JSON.stringify({
      name: 'Đợt lấy ý kiến thứ nhất',
      code: codeId,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
    }),
  })
  expect(consultation.status, JSON.stringify(consultation.body)).toBe(201)
})

afterAll(async () => {
  await browser?.close()
})

describe('a public consultation on a code of conduct', () => {
  it('takes a comment on clause 2 from a member of the public', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/codes/${slug}`)
    await page.getByRole('link', { name: /Góp ý khoản này I\.1\.2/ }).click()
    await page.waitForURL(new RegExp(`clause=${clauseTwoKey}`))
    await expect.poll(() => page.locator('#comment-clause').inputValue()).toBe(clauseTwoKey)
    await page.locator('#comment-name').fill(commenter.name)
    await page.locator('#comment-email').fill(commenter.email)
    await page.locator('#comment-group').selectOption('parent')
    await page.locator('#comment-organisation').fill('Hội cha mẹ học sinh')
    await page.locator('#comment-text').fill(commentText)
    await page.locator('#comment-consent').check()
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await page.getByText('Cảm ơn bạn. Góp ý đã được nhận').waitFor()
    await screenshot(page, '40-consultation-comment-sent')
    // Waiting for moderation: not on the page yet.
    await page.goto(`${baseUrl}/codes/${slug}`)
    expect(await page.locator(`#clause-${clauseTwoKey} .comment`).count()).toBe(0)
    await context.close()
  })

  it("labels the code's chapters, articles and clauses in the editor by the numbers the site shows, articles counted through the whole code", async () => {
    const page = await signedInPage(people.editor)
    await page.goto(`${baseUrl}/admin/collections/conduct-codes/${codeId}`)
    const labels = page.locator('.array-field__row-header')
    await labels.first().waitFor()
    await screenshot(page, '39-code-editor-labels')
    await expect.poll(() => labels.allTextContents(), { timeout: 15_000 }).toContain('Chương II · Điều 2. Giáo dục kỹ năng số')
    const texts = await labels.allTextContents()
    expect(texts).toEqual(
      expect.arrayContaining([
        'Chương I · Quy định chung',
        'Chương I · Điều 1. Trách nhiệm của cha mẹ',
        'Điều 1 · Khoản 2. Kiểm soát',
        'Chương II · Nhà trường',
        'Chương II · Điều 2. Giáo dục kỹ năng số',
      ]),
    )
    expect(texts.join(' ')).not.toMatch(/Chương 0\d|Điều 0\d|Khoản 0\d/)
    // Each part's stable id comes after what the drafter writes, not first in its row.
    const keyAfterTitle = await page.evaluate(() => {
      const title = document.querySelector('#field-chapters__0__title')
      const key = document.querySelector('#field-chapters__0__key')
      return Boolean(title && key && title.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(keyAfterTitle).toBe(true)
    await screenshot(page, '39-code-editor-labels')
    await page.context().close()
  })

  it('lets an editor publish the comment, and a reviewer answer it, in the admin', async () => {
    const editorToken = await tokenFor(people.editor)
    const pending = await api(`/api/code-comments?where[status][equals]=pending&where[code][equals]=${codeId}`, { token: editorToken })
    expect(pending.body.docs).toHaveLength(1)
    const commentId = pending.body.docs[0].id
    expect(pending.body.docs[0].clauseKey).toBe(clauseTwoKey)

    const editorPage = await signedInPage(people.editor)
    await editorPage.goto(`${baseUrl}/admin/collections/code-comments/${commentId}`)
    await pickOption(editorPage, 'status', 'Đã đăng')
    await save(editorPage)
    await editorPage.context().close()

    const reviewerPage = await signedInPage(people.reviewer)
    await reviewerPage.goto(`${baseUrl}/admin/collections/code-comments/${commentId}`)
    // The editor closed the browser without leaving the comment, so Payload still holds their
    // lock for a few minutes: the reviewer sees who holds it and takes over, as a newsroom would.
    const locked = reviewerPage.locator('#document-locked')
    if (
      await locked.waitFor({ state: 'visible', timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await locked.getByRole('button', { name: 'Tiếp quản' }).click()
    }
    await pickOption(reviewerPage, 'disposition', 'Tiếp thu một phần')
    await reviewerPage.locator('#field-reply').fill(reply)
    await save(reviewerPage)
    await screenshot(reviewerPage, '41-consultation-answer-in-admin')
    await reviewerPage.context().close()
  })

  it('shows the comment and its answer under clause 2 on the site, never who wrote it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/codes/${slug}#clause-${clauseTwoKey}`)
    const clause = page.locator(`#clause-${clauseTwoKey}`)
    await expect.poll(() => clause.locator('.comment__text').textContent()).toBe(commentText)
    // The markup in the comment is shown as text, never as an element.
    expect(await clause.locator('.comment__text b').count()).toBe(0)
    expect(await clause.getByTestId('comment-answer').textContent()).toContain(reply)
    expect(await clause.getByTestId('comment-answer').textContent()).toContain('Tiếp thu một phần')
    const html = await page.content()
    expect(html).not.toContain(commenter.email)
    expect(html).not.toContain(commenter.name)
    expect(html).not.toContain('Ghi chú nội bộ')
    await screenshot(page, '42-consultation-answer-on-site')
    await context.close()
  })

  it('counts the comment and its answer in the consultation report and its CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/codes/${slug}/report`)
    const row = page.locator(`[data-clause-key="${clauseTwoKey}"]`)
    await expect.poll(() => row.getAttribute('data-comment-count')).toBe('1')
    expect(await row.textContent()).toContain(reply)
    await screenshot(page, '43-consultation-report')
    await context.close()
    const csv = await api(`/codes/${slug}/report.csv`)
    expect(csv.status).toBe(200)
    const line = csv.text.split(/\r?\n/).find((text) => text.includes('"I.1.2"'))
    expect(line, csv.text).toBeDefined()
    expect(line).toContain(reply)
    expect(csv.text).not.toContain(commenter.email)
  })

  it('has no serious accessibility violations and no overflow on the code, revision, report and print pages', async () => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      for (const [name, pathname] of [
        ['code', `/codes/${slug}`],
        ['revision', `/codes/${slug}/revisions/v0.1`],
        ['report', `/codes/${slug}/report`],
        ['print', `/codes/${slug}/print`],
        ['code-en', `/en/codes/${slug}`],
      ] as const) {
        const response = await page.goto(`${baseUrl}${pathname}`)
        expect(response?.status(), pathname).toBe(200)
        const violations = await seriousAccessibilityViolations(page)
        expect(
          violations.map((violation) => `${violation.id}: ${violation.help}`),
          `${pathname} at ${width}px`,
        ).toEqual([])
        expect(await horizontalOverflow(page), `${pathname} at ${width}px`).toEqual({ overflows: false, widest: [] })
        await screenshot(page, `codes-${name}-${width}`)
      }
      await context.close()
    }
  }, 120_000)

  it('shows script in comments as inert text: no payload runs on the page', async () => {
    const editorToken = await tokenFor(people.editor)
    const payloads = [
      '<script>alert("xss-1")</script>',
      '<img src=x onerror=alert("xss-2")>',
      '"><svg onload=alert("xss-3")>',
      '<a href="javascript:alert(\'xss-4\')">bấm vào đây</a>',
      '</textarea><script>alert("xss-5")</script>',
      '<iframe srcdoc="<script>alert(\'xss-6\')</script>"></iframe>',
    ]
    for (const [index, text] of payloads.entries()) {
      const sent = await api(`/api/v1/codes/${slug}/comments`, {
        method: 'POST',
        headers: { 'X-Forwarded-For': `198.51.100.${index + 10}` },
        body: JSON.stringify({
          name: `<b>Tên ${index}</b>`,
          email: `xss${index}@example.test`,
          group: 'other',
          organisation: `<i>Tổ chức ${index}</i>`,
          text: `Góp ý số ${index}: ${text}`,
          consent: true,
          clause: 'I.1.1',
        }),
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(202)
    }
    const pending = await api(`/api/code-comments?where[status][equals]=pending&where[code][equals]=${codeId}&limit=50`, { token: editorToken })
    for (const comment of pending.body.docs) {
      const published = await api(`/api/code-comments/${comment.id}`, { method: 'PATCH', token: editorToken, body: JSON.stringify({ status: 'published' }) })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${baseUrl}/codes/${slug}`)
    const texts = await page.locator('.comment__text').allTextContents()
    for (const [index, text] of payloads.entries()) expect(texts).toContain(`Góp ý số ${index}: ${text}`)
    expect(await page.locator('.comments script, .comments img, .comments svg, .comments iframe, .comments i, .comments a[href^="javascript"]').count()).toBe(0)
    await page.waitForTimeout(500)
    expect(dialogs).toEqual([])
    await context.close()
  })

  it('never shows a commenter’s email or name in any public page, API answer, export or feed', async () => {
    const emails = [commenter.email, ...Array.from({ length: 6 }, (_, index) => `xss${index}@example.test`)]
    const names = [commenter.name]
    const paths = [
      '/codes',
      '/en/codes',
      `/codes/${slug}`,
      `/en/codes/${slug}`,
      `/codes/${slug}/revisions`,
      `/codes/${slug}/revisions/v0.1`,
      `/codes/${slug}/diff`,
      `/codes/${slug}/report`,
      `/en/codes/${slug}/report`,
      `/codes/${slug}/report.csv`,
      `/codes/${slug}/print`,
      `/api/v1/codes/${slug}`,
      `/api/v1/codes/${slug}/revisions`,
      `/api/v1/codes/${slug}/revisions/v0.1`,
      `/api/v1/codes/${slug}/comments`,
      '/api/code-comments?limit=100',
      '/api/code-comments?limit=100&depth=2&locale=all',
      '/api/conduct-codes?depth=2',
      '/api/code-revisions',
      '/feeds/vi/atom.xml',
      '/feeds/vi/feed.json',
      '/feeds/en/rss.xml',
    ]
    for (const path of paths) {
      const answer = await api(path)
      expect(answer.status, path).toBeLessThan(400)
      for (const secret of [...emails, ...names]) expect(answer.text, `${secret} in ${path}`).not.toContain(secret)
    }
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: '{ CodeComments(limit: 100) { docs { id text name email } } }' }),
    })
    for (const secret of emails) expect(graphql.text).not.toContain(secret)
  })
})
