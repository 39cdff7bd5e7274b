import sharp from 'sharp'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'

/**
 * Builds a small press room through the REST API, as the newsroom's staff would: media,
 * a campaign, articles, a public and an embargoed briefing pack, each published through
 * the workflow. Used by the browser tests and the site benchmark.
 */
type Api = (path: string, init?: RequestInit & { token?: string }) => Promise<{ status: number; body: any; text: string }>
type Tokens = { editor: string; reviewer: string }

export const lexical = lexicalParagraphs

/** A minimal, valid one-page PDF. */
export function samplePdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const sampleImage = (hue: number) =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: hue, g: 120, b: 200 - (hue % 150) } } })
    .png()
    .toBuffer()

async function upload(baseUrl: string, token: string, file: { name: string; type: string; data: Buffer }, data: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
  const body = (await response.json()) as any
  if (response.status !== 201) throw new Error(`upload ${file.name}: ${response.status} ${JSON.stringify(body)}`)
  return body.doc.id as number
}

async function publish(api: Api, tokens: Tokens, collection: string, id: number) {
  for (const [token, action] of [
    [tokens.editor, 'submit'],
    [tokens.reviewer, 'approve'],
    [tokens.reviewer, 'publish'],
  ] as const) {
    const answer = await api(`/api/workflow/${collection}/${id}`, { method: 'POST', token, body: JSON.stringify({ action }) })
    if (answer.status !== 200) throw new Error(`${action} ${collection} ${id}: ${answer.status} ${answer.text}`)
  }
}

async function create(api: Api, token: string, collection: string, vi: Record<string, unknown>, en: Record<string, unknown>) {
  const created = await api(`/api/${collection}?draft=true&locale=vi`, { method: 'POST', token, body: JSON.stringify(vi) })
  if (created.status !== 201) throw new Error(`create ${collection}: ${created.status} ${created.text}`)
  const doc = created.body.doc
  const updated = await api(`/api/${collection}/${doc.id}?draft=true&locale=en`, { method: 'PATCH', token, body: JSON.stringify(en) })
  if (updated.status !== 200) throw new Error(`translate ${collection}: ${updated.status} ${updated.text}`)
  return doc as { id: number; slug: string }
}

export async function buildSitePressRoom(baseUrl: string, api: Api, tokens: Tokens, suffix = '') {
  const topics = (await api('/api/topics?limit=2&sort=id')).body.docs as Array<{ id: number; slug: string; name: string }>
  const audiences = (await api('/api/audiences?limit=1&sort=id')).body.docs as Array<{ id: number; slug: string }>
  const imageA = await upload(
    baseUrl,
    tokens.editor,
    { name: `ảnh-chiến-dịch${suffix}.png`, type: 'image/png', data: await sampleImage(40) },
    { alt: 'Một gia đình dùng máy tính bảng', credit: 'Ảnh: Bộ Thông tin và Truyền thông', usageTerms: 'Sử dụng miễn phí khi ghi nguồn' },
  )
  const imageB = await upload(
    baseUrl,
    tokens.editor,
    { name: `lớp-học${suffix}.png`, type: 'image/png', data: await sampleImage(160) },
    { alt: 'Giờ học kỹ năng số', credit: 'Ảnh: Cục An toàn thông tin', usageTerms: 'Chỉ dùng cho tin bài về chương trình' },
  )
  const pdf = await upload(
    baseUrl,
    tokens.editor,
    { name: `Báo cáo tổng kết 2025${suffix}.pdf`, type: 'application/pdf', data: samplePdf('Bao cao tong ket') },
    { alt: 'Báo cáo tổng kết', credit: 'Bộ Thông tin và Truyền thông' },
  )

  const campaign = await create(
    api,
    tokens.editor,
    'campaigns',
    {
      title: `Trẻ em an toàn trên không gian mạng${suffix}`,
      summary: 'Chiến dịch giúp cha mẹ và thầy cô bảo vệ trẻ em khi con lên mạng.',
      keyMessages: [{ message: 'Cha mẹ đồng hành cùng con trên mạng.' }, { message: 'Gọi 111 khi trẻ gặp nguy hiểm.' }],
      callsToAction: [{ label: 'Tải cẩm nang cho cha mẹ', url: 'https://example.org/cam-nang' }],
      helplines: [{ name: 'Tổng đài quốc gia bảo vệ trẻ em', phone: '111' }],
      topics: topics.map((topic) => topic.id),
      audiences: audiences.map((audience) => audience.id),
      heroImage: imageA,
    },
    { title: `Children safe in cyberspace${suffix}`, summary: 'A campaign helping parents and teachers protect children online.' },
  )
  await publish(api, tokens, 'campaigns', campaign.id)

  const article = await create(
    api,
    tokens.editor,
    'articles',
    {
      headline: `Bảo vệ trẻ em trên không gian mạng${suffix}`,
      standfirst: 'Năm bước cha mẹ có thể làm ngay hôm nay.',
      body: lexical('Trẻ em dành nhiều thời gian trên mạng hơn bao giờ hết.', 'Cha mẹ nên trò chuyện với con về những gì con xem.'),
      campaign: campaign.id,
      topics: topics.map((topic) => topic.id),
      audiences: audiences.map((audience) => audience.id),
      images: [imageA, imageB],
      byline: 'Ban biên tập',
    },
    {
      headline: `Protecting children in cyberspace${suffix}`,
      standfirst: 'Five steps parents can take today.',
      body: lexical('Children spend more time online than ever.'),
    },
  )
  await publish(api, tokens, 'articles', article.id)

  const related = await create(
    api,
    tokens.editor,
    'articles',
    {
      headline: `Dấu hiệu trẻ bị bắt nạt qua mạng${suffix}`,
      standfirst: 'Nhận biết sớm để giúp con kịp thời.',
      body: lexical('Thay đổi thói quen dùng điện thoại có thể là một dấu hiệu.'),
      campaign: campaign.id,
      topics: [topics[0]!.id],
    },
    { headline: `Signs a child is bullied online${suffix}` },
  )
  await publish(api, tokens, 'articles', related.id)

  const packFields = (title: string) => ({
    title,
    summary: 'Số liệu, thông điệp và người phát ngôn cho phóng viên.',
    campaign: campaign.id,
    keyFacts: [
      {
        statement: 'Trẻ em Việt Nam dùng Internet trung bình 5 giờ mỗi ngày',
        figure: '5 giờ',
        source: 'Khảo sát UNICEF 2024',
        sourceUrl: 'https://example.org/khao-sat',
      },
    ],
    talkingPoints: [{ point: 'Bảo vệ trẻ em trên mạng là trách nhiệm chung.' }],
    qa: [{ question: 'Gọi số nào khi cần hỗ trợ?', answer: 'Tổng đài 111, miễn phí, 24/7.' }],
    spokespeople: [{ name: 'Nguyễn Văn Minh', role: 'Người phát ngôn', phone: '+84 24 3943 0000', email: 'phatngon@example.org' }],
    documents: [pdf],
    images: [imageA, imageB],
  })
  const pack = await create(api, tokens.editor, 'briefing-packs', packFields(`Tài liệu họp báo tháng hành động${suffix}`), {
    title: `Action month press pack${suffix}`,
  })
  await publish(api, tokens, 'briefing-packs', pack.id)

  const embargoUntil = new Date(Date.now() + 2 * 86_400_000).toISOString()
  const embargoed = await create(
    api,
    tokens.editor,
    'briefing-packs',
    { ...packFields(`Báo cáo mật cấm đăng${suffix}`), embargoUntil },
    { title: `Embargoed report${suffix}` },
  )
  await publish(api, tokens, 'briefing-packs', embargoed.id)

  return { campaign, article, related, pack, embargoed, embargoUntil, topic: topics[0]!, audience: audiences[0]!, images: [imageA, imageB], pdf }
}
