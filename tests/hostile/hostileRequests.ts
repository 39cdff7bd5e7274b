import type { Seeded } from './seedHidden'

/** One request of the suite: where it goes, how, and with what. */
export type HostileRequest =
  | { channel: 'rest'; method: string; path: string; body?: unknown; rawBody?: string; upload?: string; outsidersOnly?: boolean }
  | { channel: 'graphql'; query: string; variables?: unknown }
  | { channel: 'route'; method: string; path: string; body?: string; contentType?: string }

const BAD_IDS = ['NaN', '1e20', '-1', '0', '1.5', 'abc', '99999999999', '2147483648', '%00', '..%2F..%2Fetc', "1'--", '0x10']

const BAD_QUERIES = [
  'where=abc',
  'where=[]',
  'where=1',
  'where=null',
  'where={"a":',
  'limit[]=1&limit[]=2',
  'limit=-1',
  'limit=1e12',
  'limit=abc',
  'page=-5',
  'page=1e12',
  'page=0',
  'depth=1e9',
  'depth=-1',
  'depth=abc',
  'sort=nope',
  'sort[]=a&sort[x]=b',
  'sort=title;drop',
  'select=abc',
  'select[nope]=true',
  'select[a][b][c][d][e][f][g]=true',
  'locale=xx',
  'locale[]=vi',
  'fallback-locale=zz',
  'draft[]=true',
  'draft=maybe',
  'draft=true',
  'trash=true',
  'where[_status][equals][]=draft',
  'where[_status][equals][a]=b',
  'where[_status][equals]=draft',
  'where[_status][in]=draft,published',
  'where[stage][equals]=zzz',
  'where[stage][in]=draft,in-review',
  'where[id][equals]=abc',
  'where[id][equals]=1e20',
  'where[id][in]=a,b',
  'where[id][greater_than]=-1',
  'where[nope][equals]=1',
  'where[or][0]=abc',
  'where[and]=x',
  'where[title][like][a]=1',
  'where[createdAt][equals]=notadate',
  'where[campaign][equals]=abc',
  'where[campaign.slug][equals]=x',
  'where[embargoUntil][exists]=true',
  'where[headline][like]=HIDDENX',
  'where[alt][like]=HIDDENX',
  'where[filename][like]=hiddenx',
  'where[depictsChild][equals]=true',
  'where[consentReference][exists]=true',
  'where[title][drop]=1',
  'where[title]=bare',
  'data=abc',
  'joins=abc',
  'populate[x]=true',
]

const BAD_BODIES: unknown[] = [
  'str',
  [1],
  null,
  { _status: ['draft'] },
  { _status: { a: 1 } },
  { _status: 'maybe' },
  { id: 'x' },
  { title: { a: 1 } },
  { stage: 'zzz' },
  { headline: 'a\u0000b' },
  { title: 'x'.repeat(100_000) },
]

/** Every REST shape, for one collection: list, by id, versions and writes with bad bodies. */
function restRequests(slug: string, ids: { publicId?: number; hiddenIds: number[] }): HostileRequest[] {
  const requests: HostileRequest[] = [
    { channel: 'rest', method: 'GET', path: `/${slug}` },
    { channel: 'rest', method: 'GET', path: `/${slug}?draft=true&depth=2&limit=100` },
  ]
  for (const query of BAD_QUERIES) requests.push({ channel: 'rest', method: 'GET', path: `/${slug}?${query}` })
  for (const id of BAD_IDS) {
    requests.push({ channel: 'rest', method: 'GET', path: `/${slug}/${id}` })
    requests.push({ channel: 'rest', method: 'GET', path: `/${slug}/versions/${id}` })
  }
  for (const id of ids.hiddenIds) {
    requests.push({ channel: 'rest', method: 'GET', path: `/${slug}/${id}?draft=true` })
    requests.push({ channel: 'rest', method: 'GET', path: `/${slug}/versions?where[parent][equals]=${id}` })
  }
  requests.push({ channel: 'rest', method: 'GET', path: `/${slug}/versions` }, { channel: 'rest', method: 'GET', path: `/${slug}/count?where=abc` })
  for (const body of BAD_BODIES) {
    requests.push({ channel: 'rest', method: 'POST', path: `/${slug}`, body })
    const target = ids.hiddenIds[0] ?? 2_000_000_000
    requests.push({ channel: 'rest', method: 'PATCH', path: `/${slug}/${target}`, body })
  }
  requests.push({ channel: 'rest', method: 'POST', path: `/${slug}`, rawBody: '{"a":' })
  requests.push({ channel: 'rest', method: 'PATCH', path: `/${slug}?where=abc`, body: { title: 'x' } })
  requests.push({ channel: 'rest', method: 'PATCH', path: `/${slug}?where[id][equals]=1e20`, body: { title: 'x' } })
  requests.push({ channel: 'rest', method: 'DELETE', path: `/${slug}/1e20` }, { channel: 'rest', method: 'DELETE', path: `/${slug}?where[id][in]=a,b` })
  if (ids.publicId) {
    // Writes a public item must survive: only staff may change it, and staff get none of these.
    requests.push({ channel: 'rest', method: 'PATCH', path: `/${slug}/${ids.publicId}`, body: { _status: 'draft' }, outsidersOnly: true })
    requests.push({ channel: 'rest', method: 'DELETE', path: `/${slug}/${ids.publicId}`, outsidersOnly: true })
  }
  return requests
}

function graphqlRequests(seeded: Seeded): HostileRequest[] {
  const hidden = seeded.hiddenIds.articles[0]
  const queries = [
    '{ Articles { docs { id headline } } }',
    '{ Articles(draft: true, limit: 100) { docs { id headline standfirst images { alt filename url } } } }',
    `{ Article(id: ${hidden}, draft: true) { id headline } }`,
    '{ Article(id: 99999999999) { id } }',
    '{ Article(id: -1) { id } }',
    '{ Articles(where: { stage: { equals: zzz } }) { docs { id } } }',
    '{ Articles(where: { headline: { like: "HIDDENX" } }, draft: true) { docs { id headline } } }',
    '{ Articles(limit: -1, page: -5) { docs { id } } }',
    '{ Articles(limit: 100000000000) { docs { id } } }',
    '{ allMedia { docs { id alt filename url } } }',
    '{ allMedia(where: { alt: { like: "HIDDENX" } }) { docs { id alt filename } } }',
    '{ Campaigns(draft: true) { docs { id title slug } } }',
    '{ BriefingPacks(draft: true) { docs { id title } } }',
    '{ versionsArticles { docs { id version { headline } } } }',
    'fragment A on Article { id ...B } fragment B on Article { id ...A } { Articles { docs { ...A } } }',
    'fragment A on Article { ...A } { Articles { docs { ...A } } }',
    '{ __schema { types { name } } }',
    '{ a1: Articles { totalDocs } a2: Articles { totalDocs } a3: Articles { totalDocs } }',
    '{ Articles { docs { campaign { title articles { docs { id } } } } } }',
    'query ($w: Article_where) { Articles(where: $w) { docs { id } } }',
    'mutation { createTopic(data: { title: "x" }) { id } }',
    'mutation { updateArticle(id: 1, data: { headline: "x" }) { id } }',
    'mutation { deleteArticle(id: 99999999999) { id } }',
    '{',
    '',
    '{ Articles(where: { id: { equals: "1e20" } }) { docs { id } } }',
    '{ Articles(locale: xx) { docs { id } } }',
    '{ Articles(sort: "nope;drop") { docs { id } } }',
  ]
  return queries.map((query) => ({ channel: 'graphql', query, variables: query.includes('$w') ? { w: { stage: { equals: 'zzz' } } } : undefined }))
}

function deliveryRequests(seeded: Seeded): HostileRequest[] {
  const requests: HostileRequest[] = []
  const itemIds = [
    'article-1-vi',
    'article-999999999999-vi',
    'article-0-vi',
    'article-1e20-vi',
    'campaign-abc-en',
    'x',
    '%00',
    'article--1-vi',
    'briefing-pack-2147483648-en',
  ]
  for (const hidden of seeded.hiddenIds.articles) itemIds.push(`article-${hidden}-vi`, `article-${hidden}-en`)
  for (const hidden of seeded.hiddenIds.campaigns) itemIds.push(`campaign-${hidden}-vi`)
  for (const hidden of seeded.hiddenIds['briefing-packs']) itemIds.push(`briefing-pack-${hidden}-vi`)
  for (const id of itemIds) requests.push({ channel: 'route', method: 'GET', path: `/api/v1/items/${id}` })
  for (const query of [
    '',
    'limit=100',
    'limit=-1',
    'limit[]=1&limit[]=2',
    'since=abc',
    'since=%00',
    'type=nope',
    'type=article&type=campaign',
    'lang=xx',
    `campaign=${seeded.campaignSlug}`,
    'campaign=unknown-slug',
    'topic=%E3%80%80',
    'q=HIDDENX',
    'updatedSince=notadate',
  ]) {
    requests.push({ channel: 'route', method: 'GET', path: `/api/v1/items${query ? `?${query}` : ''}` })
  }
  for (const lang of ['vi', 'en', 'xx', '%00'])
    for (const format of ['atom.xml', 'rss.xml', 'feed.json', 'nope']) requests.push({ channel: 'route', method: 'GET', path: `/feeds/${lang}/${format}` })
  requests.push({ channel: 'route', method: 'GET', path: `/feeds/vi/rss.xml?campaign=${seeded.campaignSlug}` })
  requests.push({ channel: 'route', method: 'GET', path: '/api/v1/openapi.json' })
  return requests
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const URLENCODED = 'application/x-www-form-urlencoded'
const HOSTILE_TEXT = ['', '\u3000', 'x\u0000y', 'a\r\nBcc: x@y.z', '\ud800', 'x'.repeat(20_000), '<script>alert(1)</script>', '\u200b\u00a0ten@bao.vn\u3000']

function formRequests(codeSlug: string): HostileRequest[] {
  const requests: HostileRequest[] = []
  for (const text of HOSTILE_TEXT) {
    for (const lang of ['', '/en']) {
      requests.push({
        channel: 'route',
        method: 'POST',
        path: `${lang}/codes/${codeSlug}/comments`,
        contentType: URLENCODED,
        body: form({ name: text, email: 'ph@example.vn', group: 'parent', text: `Góp ý ${text}`, consent: 'on', clause: `I.1.2${text}` }),
      })
      requests.push({
        channel: 'route',
        method: 'POST',
        path: `${lang}/press/accreditation/submit`,
        contentType: URLENCODED,
        body: form({ name: text, outlet: text, email: `${text}pv@bao.vn`, pressCardNumber: text, language: text }),
      })
      requests.push({ channel: 'route', method: 'POST', path: `${lang}/press/sign-in/request`, contentType: URLENCODED, body: form({ email: text }) })
      requests.push({ channel: 'route', method: 'POST', path: `${lang}/press/sign-in/verify`, contentType: URLENCODED, body: form({ token: text }) })
    }
    requests.push({
      channel: 'route',
      method: 'POST',
      path: '/api/v1/subscriptions',
      contentType: 'application/json',
      body: JSON.stringify({ email: `${text}@bao.vn`, name: text, locale: 'vi', frequency: 'daily', topics: [text] }),
    })
    requests.push({
      channel: 'route',
      method: 'POST',
      path: `/api/v1/codes/${codeSlug}/comments`,
      contentType: 'application/json',
      body: JSON.stringify({ name: text, email: 'a@b.vn', group: 'parent', text, consent: true, clause: text }),
    })
  }
  for (const body of ['{"a":', '[]', 'null', '"x"', '%%%', 'a=%E0%A4%A']) {
    requests.push({ channel: 'route', method: 'POST', path: '/api/v1/subscriptions', contentType: 'application/json', body })
    requests.push({ channel: 'route', method: 'POST', path: `/codes/${codeSlug}/comments`, contentType: URLENCODED, body })
    requests.push({ channel: 'route', method: 'POST', path: `/codes/${codeSlug}/comments`, contentType: 'multipart/form-data; boundary=x', body })
  }
  for (const token of ['', 'x', `999999999999.${'a'.repeat(43)}`, `1.${'a'.repeat(43)}`, `0.${'a'.repeat(43)}`, '%00', `1e20.${'a'.repeat(43)}`, '\u3000']) {
    const query = `token=${encodeURIComponent(token)}`
    requests.push({ channel: 'route', method: 'GET', path: `/subscriptions/confirm?${query}` })
    requests.push({ channel: 'route', method: 'GET', path: `/subscriptions/unsubscribe?${query}` })
    requests.push({ channel: 'route', method: 'POST', path: `/subscriptions/unsubscribe?${query}`, contentType: URLENCODED, body: form({ token }) })
    requests.push({ channel: 'route', method: 'GET', path: `/subscriptions/manage?${query}` })
    requests.push({
      channel: 'route',
      method: 'POST',
      path: `/subscriptions/manage?${query}`,
      contentType: URLENCODED,
      body: form({ token, frequency: 'hourly', topics: 'x' }),
    })
    requests.push({ channel: 'route', method: 'GET', path: `/press/sign-in/verify?${query}` })
  }
  for (const slug of [codeSlug, 'nope', '%00', 'a'.repeat(300)]) {
    for (const path of [
      `/api/v1/codes/${slug}`,
      `/api/v1/codes/${slug}/revisions`,
      `/api/v1/codes/${slug}/revisions/v0.1`,
      `/api/v1/codes/${slug}/revisions/%E3%80%80`,
      `/api/v1/codes/${slug}/diff?from=x&to=y`,
      `/api/v1/codes/${slug}/comments?limit=-1`,
      `/codes/${slug}/report.csv`,
      `/codes/${slug}/print.pdf?lang=xx`,
    ]) {
      requests.push({ channel: 'route', method: 'GET', path })
    }
  }
  for (const slug of ['nope', '%00', '..%2F..']) requests.push({ channel: 'route', method: 'GET', path: `/press/briefing-packs/${slug}/bundle.zip?lang=xx` })
  requests.push(
    { channel: 'route', method: 'POST', path: '/press/sign-out' },
    { channel: 'route', method: 'GET', path: '/robots.txt' },
    { channel: 'route', method: 'GET', path: '/sitemap.xml' },
  )
  return requests
}

function uploadRequests(): HostileRequest[] {
  return [
    'x\u0000y.png',
    '../../etc/passwd',
    '..\\..\\boot.ini',
    'a\u0001b.png',
    '\u3000.png',
    'photo.pdf',
    '.htaccess',
    'x'.repeat(500) + '.png',
    'ảnh lớp học.png',
  ].map((name) => ({
    channel: 'rest',
    method: 'POST',
    path: '/media',
    upload: name,
  }))
}

/** The whole suite's requests; each is sent once per identity it is meant for (see the spec). */
export function hostileRequests(slugs: string[], seeded: Seeded, codeSlug: string): HostileRequest[] {
  const requests: HostileRequest[] = []
  for (const slug of slugs) {
    const key = slug as keyof Seeded['hiddenIds']
    requests.push(
      ...restRequests(slug, { publicId: seeded.publicIds[key], hiddenIds: slug === 'media' ? seeded.hiddenMediaIds : (seeded.hiddenIds[key] ?? []) }),
    )
  }
  for (const path of [
    '/workflow/articles/NaN',
    '/workflow/articles/1e20',
    '/workflow/articles/99999999999',
    '/workflow/nope/1',
    `/workflow/articles/${seeded.hiddenIds.articles[0]}`,
  ]) {
    requests.push(
      { channel: 'rest', method: 'GET', path },
      { channel: 'rest', method: 'POST', path, body: { action: 'nope' } },
      { channel: 'rest', method: 'POST', path, body: 'str' },
    )
  }
  requests.push(
    { channel: 'rest', method: 'GET', path: '/health' },
    { channel: 'rest', method: 'GET', path: '/nope/1' },
    { channel: 'rest', method: 'POST', path: '/users/login', body: { email: ['a'], password: { a: 1 } } },
  )
  requests.push(
    { channel: 'rest', method: 'POST', path: '/users/forgot-password', body: { email: 'x\u0000@y.z' } },
    { channel: 'rest', method: 'POST', path: '/users/unlock', body: { email: 'nobody@x.vn' } },
  )
  requests.push(...graphqlRequests(seeded), ...deliveryRequests(seeded), ...formRequests(codeSlug), ...uploadRequests())
  return requests
}
