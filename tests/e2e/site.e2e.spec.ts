import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import sharp from 'sharp'
import yauzl from 'yauzl'

import { launchBrowser, screenshot } from '../helpers/browser'
import { e2eApi } from '../helpers/e2eApi'
import { mailsTo } from '../helpers/outboxMail'
import { horizontalOverflow, pageMetadata, seriousAccessibilityViolations } from '../helpers/pageQuality'
import { buildSitePressRoom } from '../helpers/siteContent'
import { founderToken } from './founder'

/**
 * The public press room on the running app, as readers meet it: every page type in both
 * languages (accessible, with its metadata, at phone and desktop widths), search with and
 * without diacritics, the briefing-pack bundle, subscribing by email, and no trace of an
 * embargoed pack for anonymous visitors.
 */
const baseUrl = inject('baseUrl')
const outbox = path.join(inject('e2eDataDir'), 'outbox')
const { api, tokenFor } = e2eApi(baseUrl)
const people = {
  editor: { email: 'site-editor@ministry.test', password: 'site-editor-12345', roles: ['editor'] },
  reviewer: { email: 'site-reviewer@ministry.test', password: 'site-reviewer-12345', roles: ['reviewer'] },
  pressOfficer: { email: 'site-press@ministry.test', password: 'site-press-12345', roles: ['press-officer'] },
}
let browser: Browser
let site: Awaited<ReturnType<typeof buildSitePressRoom>>

/** The ZIP's entries and their bytes. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      const entries = new Map<string, Buffer>()
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(entries))
      zip.readEntry()
    })
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await founderToken(baseUrl)
  for (const person of Object.values(people)) {
    const created = await api('/api/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...person, name: person.email }) })
    expect(created.status).toBe(201)
  }
  site = await buildSitePressRoom(baseUrl, api, { editor: await tokenFor(people.editor), reviewer: await tokenFor(people.reviewer) })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const pageTypes = () => [
  { name: 'home', path: '/' },
  { name: 'campaign', path: `/campaigns/${site.campaign.slug}` },
  { name: 'article', path: `/articles/${site.article.slug}` },
  { name: 'briefing-pack', path: `/briefing-packs/${site.pack.slug}` },
  { name: 'topic', path: `/topics/${site.topic.slug}` },
  { name: 'audience', path: `/audiences/${site.audience.slug}` },
  { name: 'search', path: '/search?q=tre%20em' },
  { name: 'subscribe', path: '/subscribe' },
  { name: 'codes', path: '/codes' },
  { name: 'press-room', path: '/press' },
  { name: 'accreditation', path: '/press/accreditation' },
  { name: 'sign-in', path: '/press/sign-in' },
]

async function open(page: Page, pathname: string) {
  const response = await page.goto(`${baseUrl}${pathname}`)
  expect(response?.status(), `${pathname}: ${response?.status()}`).toBe(200)
  await page.locator('main').first().waitFor()
}

describe('the public press room', () => {
  it('serves every page type in Vietnamese and English, each linking to its other language, with metadata and feeds', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    for (const { name, path: viPath } of pageTypes()) {
      for (const lang of ['vi', 'en'] as const) {
        const pathname = lang === 'vi' ? viPath : viPath === '/' ? '/en' : `/en${viPath}`
        await open(page, pathname)
        const meta = await pageMetadata(page)
        expect(meta.lang, pathname).toBe(lang)
        expect(meta.title, pathname).not.toBe('')
        expect(meta.description, pathname).toBeTruthy()
        expect(meta.ogTitle, pathname).toBeTruthy()
        expect(meta.ogSiteName, pathname).toBeTruthy()
        expect(meta.ogImage, pathname).toMatch(new RegExp(`^${baseUrl}/`))
        expect(meta.twitterCard, pathname).toBe('summary_large_image')
        expect(meta.twitterImage, pathname).toBe(meta.ogImage)
        if (name !== 'search') {
          expect(meta.canonical, pathname).toMatch(new RegExp(`^${baseUrl}`))
          expect(meta.hreflang, pathname).toEqual(expect.arrayContaining(['vi', 'en']))
        }
        expect(meta.feeds, pathname).toEqual(expect.arrayContaining(['application/atom+xml', 'application/rss+xml']))
        const other = page.locator(`a[hreflang="${lang === 'vi' ? 'en' : 'vi'}"]`).first()
        expect(await other.getAttribute('href'), pathname).toBeTruthy()
      }
    }
    await context.close()
  }, 180_000)

  it("serves the ministry's card as a 1200×630 PNG from the running app, and an article's own image as a public file", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    for (const pathname of ['/', '/en']) {
      await open(page, pathname)
      const { ogImage } = await pageMetadata(page)
      expect(ogImage, pathname).toMatch(new RegExp(`^${baseUrl}/og/${pathname === '/' ? 'vi' : 'en'}\\.png\\?v=`))
      const response = await fetch(ogImage!)
      expect(response.status, ogImage!).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(response.headers.get('cache-control')).toContain('immutable')
      expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 })
    }
    await open(page, `/articles/${site.article.slug}`)
    const { ogImage } = await pageMetadata(page)
    expect(ogImage).toContain('/api/media/file/')
    expect((await fetch(ogImage!)).status).toBe(200)
    await context.close()
  }, 120_000)

  it('finds no serious or critical accessibility violations on any page type, and saves phone and desktop screenshots without overflow', async () => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      for (const { name, path: pathname } of pageTypes()) {
        for (const lang of ['vi', 'en'] as const) {
          const target = lang === 'vi' ? pathname : pathname === '/' ? '/en' : `/en${pathname}`
          await open(page, target)
          if (lang === 'vi' || width === 1280) {
            const violations = await seriousAccessibilityViolations(page)
            expect(
              violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
              `${target} at ${width}px`,
            ).toEqual([])
          }
          const overflow = await horizontalOverflow(page)
          expect(overflow, `${target} at ${width}px`).toEqual({ overflows: false, widest: [] })
          if (lang === 'vi') await screenshot(page, `site-${name}-${width}`)
          else if (width === 1280) await screenshot(page, `site-${name}-en-${width}`)
        }
      }
      await context.close()
    }
  }, 300_000)

  it('can be used with the keyboard alone: a skip link first, then visible focus', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await open(page, `/articles/${site.article.slug}`)
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }))
    expect(first.href).toBe('#main')
    const focusStyle = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return { outline: style.outlineStyle, width: style.outlineWidth }
    })
    expect(focusStyle.outline).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A')
    await context.close()
  })

  it('searches with and without diacritics, ranking the matching article', async () => {
    for (const query of ['tre em', 'trẻ em', 'bao ve', 'bảo vệ']) {
      const answer = await api(`/search?q=${encodeURIComponent(query)}`)
      expect(answer.status).toBe(200)
      expect(answer.text, query).toContain(`/articles/${site.article.slug}`)
    }
    const english = await api(`/en/search?q=${encodeURIComponent('protecting children')}`)
    expect(english.text).toContain(`/en/articles/${site.article.slug}`)
  })

  it('downloads a briefing pack as a ZIP with the fact sheet, documents, original images, credits and manifest', async () => {
    const response = await fetch(`${baseUrl}/press/briefing-packs/${site.pack.slug}/bundle.zip`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/zip')
    const entries = await unzip(Buffer.from(await response.arrayBuffer()))
    const names = [...entries.keys()]
    expect(names).toEqual(expect.arrayContaining(['fact-sheet.html', 'manifest.json', 'images/credits.txt']))
    for (const name of names) expect(name, name).toMatch(/^[\x20-\x7e]+$/)
    expect(names.some((name) => /^documents\/bao-cao-tong-ket-2025.*\.pdf$/.test(name))).toBe(true)
    expect(names.filter((name) => /^images\/.+\.png$/.test(name))).toHaveLength(2)
    expect(entries.get('images/credits.txt')!.toString()).toContain('Cục An toàn thông tin')
    const manifest = JSON.parse(entries.get('manifest.json')!.toString())
    expect(manifest.headlines?.[0]?.value ?? manifest.headline).toContain('Tài liệu họp báo tháng hành động')
    expect(entries.get('fact-sheet.html')!.toString()).toContain('Khảo sát UNICEF 2024')
    // The fact sheet and the ninjs body are the pack's one component, rendered inside the app's server.
    for (const html of [entries.get('fact-sheet.html')!.toString(), manifest.bodies[0].value as string]) {
      expect(html).toMatch(/<section aria-labelledby="key-facts"><h2 id="key-facts">Số liệu chính<\/h2>.*Khảo sát UNICEF 2024/s)
    }
  })

  it('subscribes from the site: the confirmation mail arrives over SMTP and its link makes the subscription active', async () => {
    const address = 'bientapvien@baochi.test'
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await open(page, '/subscribe')
    await page.locator('#subscribe-email').fill(address)
    await page.locator('#subscribe-name').fill('Biên tập viên Lan')
    await page.getByRole('button', { name: 'Đăng ký' }).click()
    await page.getByText('Đã nhận yêu cầu').waitFor()
    const [mail] = await mailsTo(outbox, address, 1)
    expect(mail, 'no confirmation mail reached the SMTP sink').toBeDefined()
    const link = String(mail!.text).match(/https?:\/\/\S+\/subscriptions\/confirm\?token=\S+/)?.[0]
    expect(link).toBeTruthy()
    const confirmed = await page.goto(link!)
    expect(confirmed?.status()).toBe(200)
    // The confirmation is a page of the site: its navigation and a way home, not a bare form.
    await page.getByRole('heading', { level: 1, name: 'Đăng ký đã được xác nhận' }).waitFor()
    expect(await page.locator('header.site-header nav a').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('footer.site-footer').count()).toBe(1)
    const adminToken = await founderToken(baseUrl)
    const subscriber = await api(`/api/subscribers?where[email][equals]=${encodeURIComponent(address)}`, { token: adminToken })
    expect(subscriber.body.docs[0]?.status).toBe('active')
    await screenshot(page, 'site-subscription-confirmed-375')
    await context.close()
  })

  it('shows the preferences form from the confirmation page in the site layout, saves a change and says so', async () => {
    const address = 'phongvien.tuychon@baochi.test'
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await open(page, '/subscribe')
    await page.locator('#subscribe-email').fill(address)
    await page.getByRole('button', { name: 'Đăng ký' }).click()
    await page.getByText('Đã nhận yêu cầu').waitFor()
    const [mail] = await mailsTo(outbox, address, 1)
    await page.goto(String(mail!.text).match(/https?:\/\/\S+\/subscriptions\/confirm\?token=\S+/)![0])
    await page.getByRole('link', { name: /tuỳ chọn|tùy chọn/i }).click()
    // The form is drawn by the site's page, inside its header and footer.
    await page.locator('form #field-name').waitFor()
    expect(await page.locator('header.site-header nav a').count()).toBeGreaterThanOrEqual(5)
    await page.locator('#field-name').fill('Phóng viên <b>Hà</b>')
    await page.locator('input[name="frequency"][value="weekly"]').check()
    await page.locator('form button[type="submit"]').click()
    await page.locator('.site-notice [role="status"]').waitFor()
    expect(await page.locator('footer.site-footer').count()).toBe(1)
    const subscriber = await api(`/api/subscribers?where[email][equals]=${encodeURIComponent(address)}`, { token: await founderToken(baseUrl) })
    expect(subscriber.body.docs[0]).toMatchObject({ name: 'Phóng viên <b>Hà</b>', frequency: 'weekly' })
    await context.close()
  })

  it('tells a reader whose subscription gets no answer within ten seconds, and sends it when they try again', async () => {
    const address = 'cham.tra.loi@baochi.test'
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    // The first request is held as a server that never answers would hold it; later ones go through.
    let held = 0
    await page.route('**/api/v1/subscriptions', async (route) => {
      if (held++ === 0) return new Promise<void>(() => undefined)
      await route.continue()
    })
    await open(page, '/subscribe')
    await page.locator('#subscribe-email').fill(address)
    await page.getByRole('button', { name: 'Đăng ký' }).click()
    await page.getByText('Máy chủ chưa trả lời sau 10 giây', { exact: false }).waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'Thử lại' }).click()
    await page.getByText('Đã nhận yêu cầu').waitFor()
    expect(held).toBe(2)
    const [mail] = await mailsTo(outbox, address, 1)
    expect(mail, 'no confirmation mail after trying again').toBeDefined()
    await context.close()
  })

  it('accredits a journalist who signs in with a magic link, sees the embargoed pack under its banner, is audited, and signs out', async () => {
    const journalist = { name: 'Phạm Thu Hà', outlet: 'Báo VietNamNet', email: 'thuha@vietnamnet.test', card: 'TB-2026-0815' }
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await open(page, '/press/accreditation')
    await page.locator('#accreditation-name').fill(journalist.name)
    await page.locator('#accreditation-outlet').fill(journalist.outlet)
    await page.locator('#accreditation-email').fill(journalist.email)
    await page.locator('#accreditation-pressCardNumber').fill(journalist.card)
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click()
    await page.waitForURL(/sent=1/)

    // A press officer approves the request.
    const officerToken = await tokenFor(people.pressOfficer)
    const requests = await api(`/api/journalists?where[email][equals]=${encodeURIComponent(journalist.email)}`, { token: officerToken })
    expect(requests.body.docs[0]?.status).toBe('pending')
    const approved = await api(`/api/journalists/${requests.body.docs[0].id}`, {
      method: 'PATCH',
      token: officerToken,
      body: JSON.stringify({ status: 'accredited' }),
    })
    expect(approved.status, approved.text).toBe(200)

    // Sign in with the emailed link, valid once.
    await open(page, '/press/sign-in')
    await page.locator('#sign-in-email').fill(journalist.email)
    await page.getByRole('button', { name: 'Gửi liên kết đăng nhập' }).click()
    await page.waitForURL(/sent=1/)
    const mails = await mailsTo(outbox, journalist.email, 3)
    const link = mails.map((mail) => String(mail.text).match(/https?:\/\/\S+\/press\/sign-in\/verify\?token=[\w-]+/)?.[0]).find(Boolean)
    expect(link, 'no sign-in link reached the SMTP sink').toBeTruthy()
    await page.goto(link!)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/press\/?$/)
    const cookies = await context.cookies()
    const session = cookies.find((cookie) => cookie.name === 'newsroom_press_session')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

    // The embargoed pack, under its banner, and the view in the audit log.
    expect(await page.content()).toContain(site.embargoed.slug)
    await open(page, `/press/briefing-packs/${site.embargoed.slug}`)
    const banner = await page.getByTestId('embargo-banner').textContent()
    expect(banner).toContain('CẤM ĐĂNG ĐẾN')
    expect(banner).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} giờ Việt Nam/)
    await screenshot(page, 'site-embargoed-pack-375')
    const adminToken = await founderToken(baseUrl)
    await expect
      .poll(async () => (await api(`/api/audit-log?where[event][equals]=embargo_access&limit=50`, { token: adminToken })).text, { timeout: 10_000 })
      .toContain(journalist.email)
    const bundle = await page.request.get(`${baseUrl}/press/briefing-packs/${site.embargoed.slug}/bundle.zip`)
    expect(bundle.status()).toBe(200)

    // The link works once only; signing out ends the session.
    const reused = await page.request.post(`${baseUrl}/press/sign-in/verify`, {
      form: { token: new URL(link!).searchParams.get('token')! },
      headers: { Origin: baseUrl },
    })
    expect(reused.status()).toBeGreaterThanOrEqual(400)
    await open(page, '/press')
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.waitForURL(/signed-out=1/)
    await page.goto(`${baseUrl}/press/briefing-packs/${site.embargoed.slug}`)
    expect(page.url()).toContain('/press/sign-in')
    await context.close()
  })

  it('gives an anonymous visitor no trace of the embargoed pack: not in search, listings, the sitemap or the feeds', async () => {
    const { slug } = site.embargoed
    const title = 'Báo cáo mật cấm đăng'
    for (const pathname of [
      '/',
      '/en',
      `/campaigns/${site.campaign.slug}`,
      `/search?q=${encodeURIComponent('bao cao mat')}`,
      '/sitemap.xml',
      '/feeds/vi/atom.xml',
      '/feeds/vi/rss.xml',
      '/feeds/vi/feed.json',
      '/feeds/en/atom.xml',
      '/api/briefing-packs?limit=100',
      '/api/v1/codes/none',
    ]) {
      const answer = await api(pathname)
      expect(answer.text, pathname).not.toContain(slug)
      expect(answer.text, pathname).not.toContain(title)
    }
    expect((await api(`/briefing-packs/${slug}`)).status).toBe(404)
    expect((await api(`/press/briefing-packs/${slug}/bundle.zip`)).status).toBe(404)
  })

  it('refreshes cached pages on demand when an article is published', async () => {
    const before = await api('/')
    expect(before.status).toBe(200)
    const again = await fetch(`${baseUrl}/`)
    expect(again.headers.get('x-page-cache')).toBe('hit')
    const editorToken = await tokenFor(people.editor)
    const reviewerToken = await tokenFor(people.reviewer)
    const headline = 'Tin mới: khai mạc tháng hành động vì trẻ em'
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      token: editorToken,
      body: JSON.stringify({ headline, campaign: site.campaign.id }),
    })
    expect(created.status).toBe(201)
    for (const [token, action] of [
      [editorToken, 'submit'],
      [reviewerToken, 'approve'],
      [reviewerToken, 'publish'],
    ] as const) {
      const step = await api(`/api/workflow/articles/${created.body.doc.id}`, { method: 'POST', token, body: JSON.stringify({ action }) })
      expect(step.status, JSON.stringify(step.body)).toBe(200)
    }
    await expect.poll(async () => (await api('/')).text, { timeout: 5_000, interval: 250 }).toContain(headline)
  })

  it("answers a hook's refusal over REST in the production build with its own words in the reader's language", async () => {
    const adminToken = await founderToken(baseUrl)
    const live = await api('/api/articles?where[_status][equals]=published&limit=1&depth=0', { token: adminToken })
    const id = live.body.docs[0]?.id
    expect(id, 'the press room has a published article').toBeDefined()
    for (const [language, words] of [
      ['vi', 'Mục này đang được xuất bản'],
      ['en', 'This item is live'],
    ] as const) {
      const response = await fetch(`${baseUrl}/api/articles/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ standfirst: 'Sửa thẳng lên bản đang xuất bản' }),
      })
      expect(response.status).toBe(409)
      expect(JSON.stringify(await response.json())).toContain(words)
    }
  })

  it('answers 410 Gone with a short notice for a withdrawn article', async () => {
    const reviewerToken = await tokenFor(people.reviewer)
    const withdrawn = await api(`/api/workflow/articles/${site.related.id}`, {
      method: 'POST',
      token: reviewerToken,
      body: JSON.stringify({ action: 'withdraw', comment: 'Thông tin đã cũ.' }),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const gone = await api(`/articles/${site.related.slug}`)
    expect(gone.status).toBe(410)
    expect(gone.text).toContain('gỡ bỏ')
    expect(gone.text).toContain('Thông tin đã cũ.')
    // The notice is drawn in the site's layout: header, navigation, footer with the helplines.
    expect(gone.text).toContain('class="site-header"')
    expect(gone.text).toContain('class="site-footer"')
    const english = await api(`/en/articles/${site.related.slug}`)
    expect(english.status).toBe(410)
    expect(english.text).toMatch(/<html lang="en"/)
    expect(english.text).toContain('This content was withdrawn')
    // A slug no item ever had: the site's 404 page, drawn on the server in the site's layout.
    const missing = await api('/articles/never-existed')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('<h1>Không tìm thấy trang</h1>')
    expect(missing.text).toContain('class="site-header"')
    // A draft's slug answers exactly the same page: nothing tells that an item is being written.
    const draft = await api('/api/articles?draft=true', {
      method: 'POST',
      token: await tokenFor(people.editor),
      body: JSON.stringify({ headline: 'Bản nháp chưa công bố về an toàn trực tuyến', campaign: site.campaign.id }),
    })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.slug).toBeTruthy()
    const hidden = await api(`/articles/${draft.body.doc.slug}`)
    expect(hidden.status).toBe(404)
    expect(hidden.text).toContain('<h1>Không tìm thấy trang</h1>')
    expect(hidden.text).toContain('class="site-header"')
    expect(hidden.text).not.toContain('Bản nháp chưa công bố')
  })

  it('answers an unknown address with a 404 page of the site, in the language of its path, with a way home', async () => {
    const page = await browser.newPage()
    for (const [path, lang, heading, home] of [
      ['/khong-co-trang-nay', 'vi', 'Không tìm thấy trang', 'Về trang chủ'],
      ['/en/no-such-page/at-all', 'en', 'Page not found', 'Go to the home page'],
      // Names that only start like the admin's or a file the site serves are pages nobody has.
      ['/admin-xyz', 'vi', 'Không tìm thấy trang', 'Về trang chủ'],
      ['/robots.txt.bak', 'vi', 'Không tìm thấy trang', 'Về trang chủ'],
    ] as const) {
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.status()).toBe(404)
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
      expect(await page.getByRole('link', { name: home }).getAttribute('href')).toBe(lang === 'vi' ? '/' : '/en')
    }
    await page.close()
  })

  it('refuses an API path with a broken percent-escape with 400 naming the path, in the client language', async () => {
    for (const path of ['/api/articles/%E0%A4', '/api/%E0%A4']) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'en' } })
      expect(response.status, path).toBe(400)
      const body = (await response.json()) as { error: { code: string; field: string; message: string } }
      expect(body.error).toMatchObject({ code: 'invalid_parameter', field: 'path' })
      expect(body.error.message).toContain('not UTF-8')
    }
  })

  it('sends a hand-typed /vi address to the one public address of the page', async () => {
    const moved = await fetch(`${baseUrl}/vi/codes?x=1`, { redirect: 'manual' })
    expect(moved.status).toBe(308)
    expect(new URL(moved.headers.get('location')!, baseUrl).pathname + new URL(moved.headers.get('location')!, baseUrl).search).toBe('/codes?x=1')
  })
})
