import type { Payload } from 'payload'
import sharp from 'sharp'

import { makeCampaign, publishForTest } from '../helpers/content'

/** A string that appears in one hidden item and nowhere else, so any answer carrying it is a leak. */
export type Marker = { marker: string; what: string; embargoed: boolean }

export type Seeded = {
  markers: Marker[]
  publicIds: Record<'articles' | 'campaigns' | 'briefing-packs', number>
  hiddenIds: Record<'articles' | 'campaigns' | 'briefing-packs', number[]>
  hiddenMediaIds: number[]
  campaignSlug: string
}

const HOUR = 3_600_000

async function image(payload: Payload, marker: string, extra: Record<string, unknown> = {}) {
  const data = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 10, b: 10 } } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Ảnh ${marker}`, credit: 'Bộ TT&TT', ...extra } as never,
    file: { data, mimetype: 'image/png', name: `${marker.toLowerCase()}.png`, size: data.length },
    overrideAccess: true,
  })
}

/**
 * Items that must never reach the public or an agency that may not see them, each carrying
 * its own marker in its title and in the alt text and file name of the media only it uses.
 */
export async function seedHidden(payload: Payload, tag: string): Promise<Seeded> {
  const markers: Marker[] = []
  const mark = (what: string, embargoed = false): string => {
    const marker = `HIDDENX${tag}${markers.length}Q`
    markers.push({ marker, what, embargoed })
    return marker
  }

  const publicCampaign = await makeCampaign(payload, `Chiến dịch công khai ${tag}`)
  await publishForTest(payload, 'campaigns', publicCampaign.id)
  const publicArticle = await payload.create({
    collection: 'articles',
    data: { headline: `Bài công khai ${tag}`, campaign: publicCampaign.id } as never,
    overrideAccess: true,
    draft: true,
  })
  await publishForTest(payload, 'articles', publicArticle.id)
  const publicPack = await payload.create({
    collection: 'briefing-packs',
    data: { title: `Gói công khai ${tag}`, campaign: publicCampaign.id } as never,
    overrideAccess: true,
    draft: true,
  })
  await publishForTest(payload, 'briefing-packs', publicPack.id)

  const hiddenIds: Seeded['hiddenIds'] = { articles: [], campaigns: [], 'briefing-packs': [] }
  const hiddenMediaIds: number[] = []

  // Its slug carries no marker, so that a filter by it tests the answer, not an echo of the question.
  const draftCampaign = await payload.create({
    collection: 'campaigns',
    data: { title: `Chiến dịch nháp ${mark('draft campaign')}`, slug: `draft-campaign-${tag.toLowerCase()}` } as never,
    overrideAccess: true,
  })
  hiddenIds.campaigns.push(Number(draftCampaign.id))
  const embargoedCampaign = await makeCampaign(payload, `Chiến dịch cấm vận ${mark('embargoed campaign', true)}`)
  await publishForTest(payload, 'campaigns', embargoedCampaign.id, { embargoUntil: new Date(Date.now() + 30 * 24 * HOUR).toISOString() })
  hiddenIds.campaigns.push(Number(embargoedCampaign.id))

  // One article per hidden state, each with an image only it uses.
  const states: Array<{ what: string; embargoed?: boolean; become: (id: number) => Promise<unknown> }> = [
    { what: 'draft article', become: async () => undefined },
    {
      what: 'in-review article',
      become: (id) => payload.update({ collection: 'articles', id, data: { stage: 'in-review' } as never, overrideAccess: true, draft: true }),
    },
    {
      what: 'embargoed article',
      embargoed: true,
      become: (id) => publishForTest(payload, 'articles', id, { embargoUntil: new Date(Date.now() + 30 * 24 * HOUR).toISOString() }),
    },
  ]
  for (const state of states) {
    const marker = mark(state.what, state.embargoed)
    const media = await image(payload, mark(`image of the ${state.what}`, state.embargoed))
    hiddenMediaIds.push(Number(media.id))
    const article = await payload.create({
      collection: 'articles',
      data: { headline: `Bài ${marker}`, standfirst: `Sapo ${marker}`, campaign: publicCampaign.id, images: [media.id] } as never,
      overrideAccess: true,
      draft: true,
    })
    await state.become(Number(article.id))
    hiddenIds.articles.push(Number(article.id))
  }
  const underDraftCampaign = await payload.create({
    collection: 'articles',
    data: { headline: `Bài dưới chiến dịch nháp ${tag}`, campaign: draftCampaign.id } as never,
    overrideAccess: true,
    draft: true,
  })
  await publishForTest(payload, 'articles', underDraftCampaign.id)

  // A child's photo without consent, on a draft article: hidden whatever else happens.
  const child = await image(payload, mark('child photo without consent'), { depictsChild: true, consentRecorded: false })
  hiddenMediaIds.push(Number(child.id))
  const childArticle = await payload.create({
    collection: 'articles',
    data: { headline: `Bài trẻ em ${tag}`, campaign: publicCampaign.id, images: [child.id] } as never,
    overrideAccess: true,
    draft: true,
  })
  hiddenIds.articles.push(Number(childArticle.id))

  const draftPack = await payload.create({
    collection: 'briefing-packs',
    data: { title: `Gói nháp ${mark('draft pack')}`, campaign: publicCampaign.id } as never,
    overrideAccess: true,
    draft: true,
  })
  hiddenIds['briefing-packs'].push(Number(draftPack.id))
  const packDocument = await image(payload, mark('file of the embargoed pack', true))
  hiddenMediaIds.push(Number(packDocument.id))
  const embargoedPack = await payload.create({
    collection: 'briefing-packs',
    data: { title: `Gói cấm vận ${mark('embargoed pack', true)}`, campaign: publicCampaign.id, images: [packDocument.id] } as never,
    overrideAccess: true,
    draft: true,
  })
  await publishForTest(payload, 'briefing-packs', embargoedPack.id, { embargoUntil: new Date(Date.now() + 30 * 24 * HOUR).toISOString() })
  hiddenIds['briefing-packs'].push(Number(embargoedPack.id))

  return {
    markers,
    publicIds: { articles: Number(publicArticle.id), campaigns: Number(publicCampaign.id), 'briefing-packs': Number(publicPack.id) },
    hiddenIds,
    hiddenMediaIds,
    campaignSlug: (draftCampaign as unknown as { slug: string }).slug,
  }
}

/** A published article withdrawn afterwards: its marker is added once its public life is over. */
export async function seedWithdrawn(payload: Payload, tag: string, seeded: Seeded): Promise<void> {
  const marker = `HIDDENX${tag}${seeded.markers.length}Q`
  const article = await payload.create({
    collection: 'articles',
    data: { headline: `Bài rút ${tag}`, campaign: seeded.publicIds.campaigns } as never,
    overrideAccess: true,
    draft: true,
  })
  await publishForTest(payload, 'articles', article.id)
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { stage: 'withdrawn' } as never,
    context: { workflow: 'withdraw' },
    overrideAccess: true,
  })
  // Written after withdrawal, into the working copy: no channel may ever show it.
  await payload.update({ collection: 'articles', id: article.id, data: { standfirst: `Sapo ${marker}` } as never, overrideAccess: true, draft: true })
  seeded.markers.push({ marker, what: 'withdrawn article', embargoed: false })
  seeded.hiddenIds.articles.push(Number(article.id))
}
