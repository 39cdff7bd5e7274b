import type { Payload } from 'payload'

import { lexicalParagraphs } from '../content/lexicalParagraphs'

type Localized = { vi: string; en: string }

const paragraph = (text: string) => lexicalParagraphs(text)

const CODE: {
  title: Localized
  summary: Localized
  chapters: Array<{ title: Localized; articles: Array<{ title: Localized; clauses: Array<{ heading: Localized; text: Localized; rationale: string }> }> }>
} = {
  title: { vi: 'Bộ quy tắc ứng xử về bảo vệ trẻ em trên không gian mạng (dự thảo)', en: 'Code of conduct on child protection in cyberspace (draft)' },
  summary: {
    vi: 'Dự thảo để lấy ý kiến rộng rãi, theo nhiệm vụ 5 của Chương trình bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng.',
    en: 'A draft for public consultation, under task 5 of the programme to protect and support children in interacting healthily and creatively online.',
  },
  chapters: [
    {
      title: { vi: 'Quy định chung', en: 'General provisions' },
      articles: [
        {
          title: { vi: 'Phạm vi và đối tượng áp dụng', en: 'Scope and application' },
          clauses: [
            {
              heading: { vi: 'Phạm vi', en: 'Scope' },
              text: {
                vi: 'Bộ quy tắc này áp dụng cho các tổ chức, doanh nghiệp cung cấp dịch vụ trên không gian mạng có người dùng là trẻ em.',
                en: 'This code applies to organisations and businesses providing online services used by children.',
              },
              rationale: 'Thống nhất với Luật Trẻ em 2016.',
            },
            {
              heading: { vi: 'Đối tượng', en: 'Who it is for' },
              text: {
                vi: 'Cha mẹ, thầy cô, người chăm sóc trẻ và chính trẻ em cùng thực hiện các quy tắc phù hợp với vai trò của mình.',
                en: 'Parents, teachers, carers and children themselves follow the rules that fit their role.',
              },
              rationale: 'Góp ý của Bộ Giáo dục và Đào tạo.',
            },
          ],
        },
      ],
    },
    {
      title: { vi: 'Trách nhiệm của các bên', en: 'Responsibilities' },
      articles: [
        {
          title: { vi: 'Trách nhiệm của doanh nghiệp cung cấp dịch vụ', en: 'Responsibilities of service providers' },
          clauses: [
            {
              heading: { vi: 'Cài đặt an toàn mặc định', en: 'Safe by default' },
              text: {
                vi: 'Tài khoản của trẻ em được đặt chế độ riêng tư cao nhất theo mặc định.',
                en: 'Children’s accounts are set to the most private settings by default.',
              },
              rationale: 'Tham khảo bộ quy tắc thiết kế phù hợp lứa tuổi.',
            },
            {
              heading: { vi: 'Gỡ bỏ nội dung xâm hại', en: 'Removing harmful content' },
              text: {
                vi: 'Nội dung xâm hại trẻ em được gỡ bỏ trong vòng 24 giờ kể từ khi nhận được yêu cầu của cơ quan có thẩm quyền.',
                en: 'Content that harms children is removed within 24 hours of a request from the competent authority.',
              },
              rationale: 'Theo Nghị định 72/2013/NĐ-CP.',
            },
          ],
        },
        {
          title: { vi: 'Trách nhiệm của gia đình và nhà trường', en: 'Responsibilities of families and schools' },
          clauses: [
            {
              heading: { vi: 'Đồng hành', en: 'Going online together' },
              text: {
                vi: 'Cha mẹ trò chuyện với con về những gì con gặp trên mạng và cùng con thống nhất thời gian sử dụng.',
                en: 'Parents talk with their children about what they meet online and agree screen time together.',
              },
              rationale: '',
            },
            {
              heading: { vi: 'Giáo dục kỹ năng số', en: 'Digital skills' },
              text: {
                vi: 'Nhà trường đưa nội dung an toàn trên mạng vào hoạt động giáo dục kỹ năng sống.',
                en: 'Schools include online safety in life-skills education.',
              },
              rationale: '',
            },
          ],
        },
      ],
    },
  ],
}

async function createPublished(
  payload: Payload,
  collection: 'campaigns' | 'articles' | 'briefing-packs' | 'conduct-codes',
  vi: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const draft = await payload.create({ collection, data: vi as never, draft: true, locale: 'vi', overrideAccess: true })
  if (Object.keys(en).length) await payload.update({ collection, id: draft.id, data: en as never, draft: true, locale: 'en', overrideAccess: true })
  // The workflow's context: it writes the change log, the search index and freezes code revisions.
  await payload.update({
    collection,
    id: draft.id,
    data: { _status: 'published', stage: 'published' } as never,
    context: { workflow: 'publish' },
    overrideAccess: true,
  })
  return payload.findByID({ collection, id: draft.id, depth: 0, locale: 'vi', overrideAccess: true })
}

/**
 * Sample content for trying the site: a campaign with two articles and a briefing pack,
 * and a draft code of conduct (v0.1) open for public comment for 30 days. Added once.
 */
export async function seedDemoContent(payload: Payload): Promise<{ created: boolean }> {
  const { totalDocs } = await payload.count({
    collection: 'conduct-codes',
    where: { slug: { equals: 'bo-quy-tac-ung-xu-ve-bao-ve-tre-em-tren-khong-gian-mang-du-thao' } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return { created: false }
  const topics = (await payload.find({ collection: 'topics', limit: 3, sort: 'id', overrideAccess: true })).docs.map((topic) => topic.id)
  const campaign = await createPublished(
    payload,
    'campaigns',
    {
      title: 'Tháng hành động vì trẻ em trên không gian mạng',
      summary: 'Cùng cha mẹ, thầy cô giúp trẻ an toàn và sáng tạo khi lên mạng.',
      keyMessages: [{ message: 'Cha mẹ đồng hành cùng con trên mạng.' }, { message: 'Gọi 111 khi trẻ gặp nguy hiểm.' }],
      topics,
    },
    { title: 'Action month for children in cyberspace', summary: 'Helping parents and teachers keep children safe and creative online.' },
  )
  for (const [headline, english, text] of [
    [
      'Năm bước giúp con an toàn trên mạng',
      'Five steps to keep your child safe online',
      'Đặt thiết bị ở nơi chung trong nhà, trò chuyện với con mỗi ngày và dạy con cách báo cáo nội dung xấu.',
    ],
    [
      'Nhận biết dấu hiệu trẻ bị dụ dỗ qua mạng',
      'Recognising online grooming',
      'Trẻ giữ bí mật về một người bạn mới trên mạng, nhận quà không rõ nguồn gốc: hãy hỏi con và gọi 111 khi cần.',
    ],
  ] as const) {
    await createPublished(payload, 'articles', { headline, standfirst: text, body: paragraph(text), campaign: campaign.id, topics }, { headline: english })
  }
  await createPublished(
    payload,
    'briefing-packs',
    {
      title: 'Tài liệu họp báo: khởi động tháng hành động',
      summary: 'Số liệu, thông điệp và người phát ngôn cho phóng viên.',
      campaign: campaign.id,
      keyFacts: [{ statement: 'Tổng đài 111 tiếp nhận cuộc gọi miễn phí, 24/7', figure: '111', source: 'Bộ Lao động – Thương binh và Xã hội' }],
      talkingPoints: [{ point: 'Bảo vệ trẻ em trên mạng là trách nhiệm của cả xã hội.' }],
      qa: [{ question: 'Trẻ gặp nguy hiểm trên mạng thì làm gì?', answer: 'Lưu bằng chứng, không trả lời kẻ xấu và gọi 111.' }],
      spokespeople: [{ name: 'Người phát ngôn Chương trình', role: 'Cục An toàn thông tin', phone: '024 3943 0000' }],
    },
    { title: 'Press pack: the action month starts' },
  )
  const rows = <T>(items: T[], map: (item: T) => Record<string, unknown>) => items.map(map)
  const vi = {
    title: CODE.title.vi,
    summary: CODE.summary.vi,
    revisionLabel: 'v0.1',
    status: 'consultation',
    changelog: [{ revision: 'v0.1', note: 'Bản dự thảo đầu tiên để lấy ý kiến.' }],
    chapters: rows(CODE.chapters, (chapter) => ({
      title: chapter.title.vi,
      articles: rows(chapter.articles, (article) => ({
        title: article.title.vi,
        clauses: rows(article.clauses, (clause) => ({ heading: clause.heading.vi, text: paragraph(clause.text.vi), rationale: clause.rationale })),
      })),
    })),
  }
  const code = await payload.create({ collection: 'conduct-codes', data: vi as never, draft: true, locale: 'vi', overrideAccess: true })
  const saved = (await payload.findByID({ collection: 'conduct-codes', id: code.id, draft: true, depth: 0, overrideAccess: true })) as unknown as {
    chapters: Array<{ id: string; key: string; articles: Array<{ id: string; key: string; clauses: Array<{ id: string; key: string; rationale?: string }> }> }>
  }
  // English goes onto the same rows (same ids), so both languages share one structure.
  const en = {
    title: CODE.title.en,
    summary: CODE.summary.en,
    changelog: [{ revision: 'v0.1', note: 'First draft for consultation.' }],
    chapters: saved.chapters.map((chapter, c) => ({
      id: chapter.id,
      key: chapter.key,
      title: CODE.chapters[c]!.title.en,
      articles: chapter.articles.map((article, a) => ({
        id: article.id,
        key: article.key,
        title: CODE.chapters[c]!.articles[a]!.title.en,
        clauses: article.clauses.map((clause, k) => ({
          id: clause.id,
          key: clause.key,
          rationale: clause.rationale,
          heading: CODE.chapters[c]!.articles[a]!.clauses[k]!.heading.en,
          text: paragraph(CODE.chapters[c]!.articles[a]!.clauses[k]!.text.en),
        })),
      })),
    })),
  }
  await payload.update({
    collection: 'conduct-codes',
    id: code.id,
    data: { ...en, changelog: undefined } as never,
    draft: true,
    locale: 'en',
    overrideAccess: true,
  })
  await payload.update({
    collection: 'conduct-codes',
    id: code.id,
    data: { _status: 'published', stage: 'published' } as never,
    context: { workflow: 'publish' },
    overrideAccess: true,
  })
  const now = Date.now()
  await payload.create({
    collection: 'code-consultations',
    data: {
      name: 'Lấy ý kiến rộng rãi đợt 1',
      code: code.id,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
    } as never,
    overrideAccess: true,
  })
  return { created: true }
}
