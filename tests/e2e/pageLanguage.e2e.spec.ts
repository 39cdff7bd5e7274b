import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { launchBrowser } from '../helpers/browser'
import { e2eApi } from '../helpers/e2eApi'
import { mailsTo } from '../helpers/outboxMail'
import { buildSitePressRoom } from '../helpers/siteContent'
import { founderToken } from './founder'

/**
 * Every public page type, rendered by the running app in Vietnamese (at /…) and English
 * (at /en/…), says nothing in the other language outside the content itself: no English
 * interface word on a Vietnamese page, no Vietnamese word on an English one. The content
 * (every text the newsroom stored, in both languages) is taken out of the page first, and
 * parts marked with their own `lang` (the language switch) are skipped.
 */
const baseUrl = inject('baseUrl')
const outbox = path.join(inject('e2eDataDir'), 'outbox')
const { api, tokenFor } = e2eApi(baseUrl)
const people = {
  editor: { email: 'lang-editor@ministry.test', password: 'lang-editor-12345', roles: ['editor'] },
  reviewer: { email: 'lang-reviewer@ministry.test', password: 'lang-reviewer-12345', roles: ['reviewer'] },
  pressOfficer: { email: 'lang-press@ministry.test', password: 'lang-press-12345', roles: ['press-officer'] },
}
const journalist = {
  name: 'Trần Minh Khoa',
  outlet: 'Báo VietNamNet',
  email: 'minhkhoa@vietnamnet.test',
  pressCardNumber: 'TB-2026-0901',
  status: 'accredited',
}
const subscribers = { vi: 'docgia.vi@baochi.test', en: 'reader.en@press.test' }
const queries = { found: 'tre em', none: 'zzqxw khong co' }

/**
 * Words that are English and never Vietnamese written without marks ("do", "in", "to",
 * "an", "con" are Vietnamese words too, so they are not here).
 */
const ENGLISH_WORDS = new Set(
  `the and of for with this that from your you are was were has have will not been could found page pages
  search home subscribe subscription read more download sign submit send name language topic topics campaign campaigns
  article articles briefing pack packs press room code codes clause clauses comment comments revision revisions report
  print previous next back published updated withdrawn removed result results view show open opens closed closes close
  share menu skip main content navigation feed feeds embargo embargoed until date time by at or on all about contact
  help here there what which who when where why how please thank thanks error invalid required missing optional
  address frequency daily weekly immediately journalist journalists accreditation accredited request requests
  sign-in sign-out out into our their them they its any each other only also latest news story stories facts key
  talking points question questions answer answers documents document images image photo spokespeople spokesperson
  consultation draft drafts changes change compare from diff summary chapter chapters manage preferences
  unsubscribe confirm confirmed expired link links button form save saved cancel yes`
    .split(/\s+/)
    .filter(Boolean),
)

/** Names and formats that read the same in both languages. */
const ALLOWED = [
  'Atom',
  'RSS',
  'JSON Feed',
  'JSON',
  'ninjs',
  'VietNamNet',
  'English',
  'Tiếng Việt',
  'Email',
  'email',
  'PDF',
  'CSV',
  'ZIP',
  'UNICEF',
  'Internet',
  'Zalo',
  'Facebook',
  'API',
  'URL',
]

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

// Keys whose values are machinery (slugs, file names, formats), not words a reader reads.
const TECHNICAL_KEYS = new Set([
  'type',
  'format',
  'direction',
  'mode',
  'textFormat',
  'textStyle',
  'style',
  'mimeType',
  'filename',
  'url',
  'thumbnailURL',
  'createdAt',
  'updatedAt',
  'slug',
  'id',
  'key',
  'status',
  '_status',
  'locale',
  'frequency',
  'tag',
  'listType',
  'version',
  'indent',
])

let browser: Browser
let journalistContext: BrowserContext
let site: Awaited<ReturnType<typeof buildSitePressRoom>>
let codeSlug = ''
let contentTexts: string[] = []
const subscriptionLinks: Record<'vi' | 'en', { confirm: string; manage: string; unsubscribe: string }> = {
  vi: { confirm: '', manage: '', unsubscribe: '' },
  en: { confirm: '', manage: '', unsubscribe: '' },
}

/** Every text leaf of a stored document, in every language it holds. */
function textsOf(value: unknown, key = '', into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!TECHNICAL_KEYS.has(key) && value.trim().length > 1 && !/^\d{4}-\d{2}-\d{2}T/.test(value)) into.push(value.trim())
  } else if (Array.isArray(value)) {
    for (const item of value) textsOf(item, key, into)
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) textsOf(item, name, into)
  }
  return into
}

/** All the content the newsroom holds, as the words readers may meet on a page. */
async function loadContentTexts(token: string): Promise<string[]> {
  const texts: string[] = []
  for (const collection of [
    'campaigns',
    'articles',
    'briefing-packs',
    'topics',
    'audiences',
    'media',
    'conduct-codes',
    'code-revisions',
    'code-consultations',
    'code-comments',
    'journalists',
  ]) {
    const answer = await api(`/api/${collection}?limit=500&depth=0&locale=all`, { token })
    expect(answer.status, `${collection}: ${answer.text.slice(0, 200)}`).toBe(200)
    textsOf(answer.body.docs, '', texts)
  }
  const identity = await api('/api/globals/site-settings?locale=all&depth=0', { token })
  textsOf(identity.body, '', texts)
  texts.push(...Object.values(queries), journalist.name, journalist.email, ...Object.values(subscribers))
  // Longest first, so a title is taken out whole before a shorter text inside it.
  return [...new Set(texts)].sort((a, b) => b.length - a.length)
}

/** A code of conduct in both languages: v0.1 published, then v0.2 published, then a consultation open on it. */
async function buildCode(tokens: { editor: string; reviewer: string }) {
  const clauses = [
    { vi: 'Cha mẹ đồng hành cùng con khi con dùng mạng.', en: 'Parents stay beside their children online.' },
    { vi: 'Nhà trường dạy kỹ năng số an toàn.', en: 'Schools teach safe digital skills.' },
  ]
  const body = (lang: 'vi' | 'en', revision: string, previous?: any) => ({
    title: lang === 'vi' ? 'Bộ quy tắc ứng xử về bảo vệ trẻ em (ngôn ngữ)' : 'Code of conduct on child protection (language)',
    summary: lang === 'vi' ? 'Dự thảo lấy ý kiến rộng rãi.' : 'A draft open for public comment.',
    revisionLabel: revision,
    chapters: [
      {
        ...(previous ? { id: previous.chapters[0].id } : {}),
        title: lang === 'vi' ? 'Quy định chung' : 'General provisions',
        articles: [
          {
            ...(previous ? { id: previous.chapters[0].articles[0].id } : {}),
            title: lang === 'vi' ? 'Trách nhiệm' : 'Duties',
            clauses: clauses.map((clause, index) => ({
              ...(previous ? { id: previous.chapters[0].articles[0].clauses[index].id } : {}),
              heading: lang === 'vi' ? `Khoản ${index + 1}` : `Clause ${index + 1}`,
              text: lexicalParagraphs(
                revision === 'v0.2' && index === 1
                  ? `${clause[lang]} ${lang === 'vi' ? 'Có bài kiểm tra cuối kỳ.' : 'With a test at the end of term.'}`
                  : clause[lang],
              ),
            })),
          },
        ],
      },
    ],
  })
  const run = async (id: number, action: string, token: string) => {
    const answer = await api(`/api/workflow/conduct-codes/${id}`, { method: 'POST', token, body: JSON.stringify({ action }) })
    expect(answer.status, answer.text).toBe(200)
  }
  const created = await api('/api/conduct-codes?draft=true&locale=vi', { method: 'POST', token: tokens.editor, body: JSON.stringify(body('vi', 'v0.1')) })
  expect(created.status, created.text).toBe(201)
  const id = created.body.doc.id as number
  for (const revision of ['v0.1', 'v0.2']) {
    if (revision === 'v0.2') {
      const current = (await api(`/api/conduct-codes/${id}?draft=true&locale=vi&depth=0`, { token: tokens.editor })).body
      const vi = await api(`/api/conduct-codes/${id}?draft=true&locale=vi`, {
        method: 'PATCH',
        token: tokens.editor,
        body: JSON.stringify(body('vi', revision, current)),
      })
      expect(vi.status, vi.text).toBe(200)
    }
    const saved = (await api(`/api/conduct-codes/${id}?draft=true&locale=vi&depth=0`, { token: tokens.editor })).body
    const en = await api(`/api/conduct-codes/${id}?draft=true&locale=en`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify(body('en', revision, saved)),
    })
    expect(en.status, en.text).toBe(200)
    await run(id, 'submit', tokens.editor)
    await run(id, 'approve', tokens.reviewer)
    await run(id, 'publish', tokens.reviewer)
  }
  const now = Date.now()
  const consultation = await api('/api/code-consultations', {
    method: 'POST',
    token: tokens.editor,
    body: JSON.stringify({
      name: 'Đợt lấy ý kiến (ngôn ngữ)',
      code: id,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
    }),
  })
  expect(consultation.status, consultation.text).toBe(201)
  return created.body.doc.slug as string
}

/** Subscribes an address in a language and follows its confirmation link to the manage and unsubscribe links. */
async function subscribe(lang: 'vi' | 'en') {
  const email = subscribers[lang]
  const answer = await api('/api/v1/subscriptions', {
    method: 'POST',
    headers: { 'Accept-Language': lang },
    body: JSON.stringify({ email, locale: lang, frequency: 'daily' }),
  })
  expect(answer.status, answer.text).toBeLessThan(300)
  const [mail] = await mailsTo(outbox, email, 1)
  const confirm = String(mail?.text ?? '').match(/https?:\/\/\S+\/subscriptions\/confirm\?token=\S+/)?.[0]
  expect(confirm, `no confirmation mail for ${email}`).toBeTruthy()
  const confirmed = await api(new URL(confirm!).pathname + new URL(confirm!).search)
  expect(confirmed.status).toBe(200)
  const manage = confirmed.text.match(/\/subscriptions\/manage\?token=[^"&<\s]+/)?.[0]
  expect(manage, 'the confirmation page links to the preferences').toBeTruthy()
  subscriptionLinks[lang] = {
    confirm: new URL(confirm!).pathname + new URL(confirm!).search,
    manage: manage!,
    unsubscribe: manage!.replace('/manage?', '/unsubscribe?'),
  }
}

/** Signs an accredited journalist in through the emailed link, in a browser context kept for the press pages. */
async function signInJournalist(officerToken: string) {
  const created = await api('/api/journalists', { method: 'POST', token: officerToken, body: JSON.stringify(journalist) })
  expect(created.status, created.text).toBe(201)
  journalistContext = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await journalistContext.newPage()
  await page.goto(`${baseUrl}/press/sign-in`)
  await page.locator('#sign-in-email').fill(journalist.email)
  await page.locator('form.press-form button[type="submit"]').click()
  await page.waitForURL(/sent=1/)
  // Other mail to the same address (the accreditation notice) may land first: wait for the one with the link.
  let link: string | undefined
  for (let count = 1; count <= 3 && !link; count++) {
    const mails = await mailsTo(outbox, journalist.email, count)
    link = mails.map((mail) => String(mail.text).match(/https?:\/\/\S+\/press\/sign-in\/verify\?token=[\w-]+/)?.[0]).find(Boolean)
  }
  expect(link, 'no sign-in link reached the SMTP sink').toBeTruthy()
  await page.goto(link!)
  await page.locator('main form button[type="submit"]').click()
  await page.waitForURL(/\/press\/?$/)
  await page.close()
}

beforeAll(async () => {
  browser = await launchBrowser()
  const adminToken = await founderToken(baseUrl)
  for (const person of Object.values(people)) {
    const created = await api('/api/users', { method: 'POST', token: adminToken, body: JSON.stringify({ ...person, name: person.email }) })
    expect(created.status, created.text).toBe(201)
  }
  const tokens = { editor: await tokenFor(people.editor), reviewer: await tokenFor(people.reviewer) }
  site = await buildSitePressRoom(baseUrl, api, tokens, ' 7')
  const withdrawn = await api(`/api/workflow/articles/${site.related.id}`, {
    method: 'POST',
    token: tokens.reviewer,
    body: JSON.stringify({ action: 'withdraw', comment: 'Thông tin đã cũ.' }),
  })
  expect(withdrawn.status, withdrawn.text).toBe(200)
  codeSlug = await buildCode(tokens)
  await subscribe('vi')
  await subscribe('en')
  await signInJournalist(await tokenFor(people.pressOfficer))
  contentTexts = await loadContentTexts(adminToken)
}, 240_000)

afterAll(async () => {
  await browser?.close()
})

type PageType = { name: string; path: () => string; status?: number; journalist?: boolean }

const pageTypes: PageType[] = [
  { name: 'home', path: () => '/' },
  { name: 'campaign', path: () => `/campaigns/${site.campaign.slug}` },
  { name: 'article', path: () => `/articles/${site.article.slug}` },
  { name: 'briefing pack', path: () => `/briefing-packs/${site.pack.slug}` },
  { name: 'topic', path: () => `/topics/${site.topic.slug}` },
  { name: 'audience', path: () => `/audiences/${site.audience.slug}` },
  { name: 'search with results', path: () => `/search?q=${encodeURIComponent(queries.found)}` },
  { name: 'search without results', path: () => `/search?q=${encodeURIComponent(queries.none)}` },
  { name: 'subscribe', path: () => '/subscribe' },
  { name: 'codes list', path: () => '/codes' },
  { name: 'code in consultation', path: () => `/codes/${codeSlug}` },
  { name: 'code revisions', path: () => `/codes/${codeSlug}/revisions` },
  { name: 'code revision', path: () => `/codes/${codeSlug}/revisions/v0.1` },
  { name: 'code diff', path: () => `/codes/${codeSlug}/diff?from=v0.1&to=v0.2` },
  { name: 'consultation report', path: () => `/codes/${codeSlug}/report` },
  { name: 'code print', path: () => `/codes/${codeSlug}/print` },
  { name: 'press room', path: () => '/press' },
  { name: 'press sign-in', path: () => '/press/sign-in' },
  { name: 'press accreditation', path: () => '/press/accreditation' },
  { name: 'press article', path: () => `/press/articles/${site.article.slug}`, journalist: true },
  { name: 'press briefing pack', path: () => `/press/briefing-packs/${site.embargoed.slug}`, journalist: true },
  { name: 'not found', path: () => '/articles/khong-co-bai-nay', status: 404 },
  { name: 'withdrawn', path: () => `/articles/${site.related.slug}`, status: 410 },
]

const inLanguage = (lang: 'vi' | 'en', pathname: string) => (lang === 'vi' ? pathname : pathname === '/' ? '/en' : `/en${pathname}`)

/**
 * What a person reads or hears on the page: visible text, the title, and the labels,
 * placeholders and alternative texts; parts marked as another language are left out.
 */
async function readableText(page: Page, lang: 'vi' | 'en'): Promise<string[]> {
  return page.evaluate((pageLang) => {
    const parts: string[] = [document.title]
    const otherLanguage = (element: Element) => {
      const marked = element.closest('[lang]')
      return Boolean(marked && marked !== document.documentElement && marked.getAttribute('lang')?.split('-')[0] !== pageLang)
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement
        if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName) || otherLanguage(parent)) continue
        const visible = (parent as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility?.({ visibilityProperty: true }) ?? true
        if (!visible && !parent.closest('.skip-link, .visually-hidden, .sr-only')) continue
        if (node.textContent?.trim()) parts.push(node.textContent.trim())
      } else {
        const element = node as Element
        if (otherLanguage(element)) continue
        for (const name of ['aria-label', 'placeholder', 'alt', 'title']) {
          const value = element.getAttribute(name)
          if (value?.trim()) parts.push(value.trim())
        }
        if (element instanceof HTMLInputElement && ['submit', 'button'].includes(element.type) && element.value) parts.push(element.value)
      }
    }
    return parts
  }, lang)
}

/** The page's own words: the readable text without the stored content and the allowed names. */
function interfaceText(parts: string[]): string {
  let text = parts.join('\n')
  for (const content of [...contentTexts, ...ALLOWED]) text = text.split(content).join(' ')
  return text
}

function foreignWords(text: string, lang: 'vi' | 'en'): string[] {
  const words = text.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean)
  const found =
    lang === 'vi' ? words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase().replace(/[’']s$/, ''))) : words.filter((word) => VIETNAMESE_LETTER.test(word))
  return [...new Set(found)]
}

async function scan(context: BrowserContext, lang: 'vi' | 'en', pathname: string, status = 200) {
  const page = await context.newPage()
  try {
    const response = await page.goto(`${baseUrl}${pathname}`)
    expect(response?.status(), pathname).toBe(status)
    expect(await page.locator('html').getAttribute('lang'), `${pathname} declares its language`).toBe(lang)
    const parts = await readableText(page, lang)
    const remainder = interfaceText(parts)
    const words = foreignWords(remainder, lang)
    const lines = remainder
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => foreignWords(line, lang).length > 0)
    expect({ words, lines }, pathname).toEqual({ words: [], lines: [] })
  } finally {
    await page.close()
  }
}

describe('the language of every public page', () => {
  let anonymous: BrowserContext
  beforeAll(async () => {
    anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => {
    await anonymous?.close()
  })

  for (const type of pageTypes) {
    it(`shows no English interface words outside the content on the Vietnamese ${type.name} page`, async () => {
      await scan(type.journalist ? journalistContext : anonymous, 'vi', type.path(), type.status)
    })
    it(`shows no Vietnamese words outside the content and the language switch on the English ${type.name} page`, async () => {
      await scan(type.journalist ? journalistContext : anonymous, 'en', inLanguage('en', type.path()), type.status)
    })
  }

  for (const kind of ['confirm', 'manage', 'unsubscribe'] as const) {
    it(`shows the subscription ${kind} page wholly in Vietnamese to a Vietnamese subscriber`, async () => {
      await scan(anonymous, 'vi', subscriptionLinks.vi[kind])
    })
    it(`shows the subscription ${kind} page wholly in English to an English subscriber`, async () => {
      await scan(anonymous, 'en', subscriptionLinks.en[kind])
    })
  }

  it('finds an English word on a Vietnamese page and a Vietnamese word on an English one', () => {
    // The scan itself can fail: interface words outside the content are caught.
    expect(foreignWords(interfaceText(['Tải xuống', 'Download the pack']), 'vi')).toEqual(['Download', 'the', 'pack'])
    expect(foreignWords(interfaceText(['Download', 'Tải xuống']), 'en')).toEqual(['Tải', 'xuống'])
    expect(foreignWords(interfaceText(['Bảo vệ trẻ em trên không gian mạng 7']), 'en')).toEqual([])
  })
})
