import type { Payload } from 'payload'
import sharp from 'sharp'

import { lexicalParagraphs } from '@/content/lexicalParagraphs'
import { seedTaxonomies } from '@/seed/seedTaxonomies'

const bodyOf = (i: number) =>
  lexicalParagraphs(
    `Bài ${i}: cha mẹ nên trò chuyện với con về những gì con gặp trên mạng, đặt thiết bị ở nơi chung trong nhà và cùng con thống nhất thời gian sử dụng.`,
    'Khi trẻ bị bắt nạt hoặc bị dụ dỗ trên mạng, hãy lưu lại bằng chứng, không trả lời kẻ xấu và gọi Tổng đài quốc gia bảo vệ trẻ em 111 để được hỗ trợ miễn phí.',
    'Nhà trường phối hợp với gia đình hướng dẫn học sinh cài đặt quyền riêng tư, nhận biết tin giả và báo cáo nội dung độc hại cho nền tảng.',
    'Các cơ quan báo chí được khuyến khích đưa tin đúng mực, không đăng hình ảnh hay thông tin có thể nhận diện trẻ em là nạn nhân.',
  )

/** Publishes the way the workflow does: that context writes the change log and the search index. */
export const publishForBench = (payload: Payload, collection: 'articles' | 'campaigns' | 'briefing-packs', id: number) =>
  payload.update({ collection, id, data: { _status: 'published', stage: 'published' } as never, context: { workflow: 'publish' }, overrideAccess: true })

type Options = { articles: number; images: number; campaignTitle: string; filePrefix: string }

/**
 * The bench tasks' content: taxonomies, images, one published campaign and `articles`
 * published articles in it, each with two topics and an image. Returns the campaign and
 * the last article's slug.
 */
export async function seedPressRoom(payload: Payload, { articles, images: imageCount, campaignTitle, filePrefix }: Options) {
  const started = performance.now()
  await seedTaxonomies(payload)
  const topics = (await payload.find({ collection: 'topics', limit: 6, overrideAccess: true })).docs.map((topic) => topic.id)
  const images: number[] = []
  for (let i = 0; i < imageCount; i += 1) {
    const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20 * i, g: 90, b: 160 } } })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: `Ảnh minh hoạ ${i}`, credit: 'Bench' },
      file: { data, mimetype: 'image/png', name: `${filePrefix}-${i}.png`, size: data.length },
      overrideAccess: true,
    })
    images.push(Number(image.id))
  }
  const campaign = await payload.create({
    collection: 'campaigns',
    data: { title: campaignTitle, summary: 'Chiến dịch mẫu.', keyMessages: [{ message: 'Gọi 111.' }], topics } as never,
    draft: true,
    overrideAccess: true,
  })
  await publishForBench(payload, 'campaigns', Number(campaign.id))
  let lastSlug = ''
  for (let i = 0; i < articles; i += 1) {
    const draft = await payload.create({
      collection: 'articles',
      data: {
        headline: `Bảo vệ trẻ em trên không gian mạng, bài ${i + 1}`,
        standfirst: 'Những việc gia đình, nhà trường và báo chí có thể làm ngay hôm nay.',
        body: bodyOf(i),
        campaign: campaign.id,
        topics: [topics[i % topics.length], topics[(i + 1) % topics.length]],
        images: [images[i % images.length]],
      } as never,
      draft: true,
      overrideAccess: true,
    })
    await publishForBench(payload, 'articles', Number(draft.id))
    lastSlug = String((draft as { slug?: string }).slug)
    if ((i + 1) % 100 === 0) console.log(`  ${i + 1} articles published (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  console.log(`  seeded ${articles} articles with ${imageCount} images in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { campaignId: Number(campaign.id), lastSlug }
}
