import type { Payload } from 'payload'

/** Publishes a document the way the workflow does, for tests that need live content. */
export async function publishForTest(
  payload: Payload,
  collection: 'articles' | 'campaigns' | 'briefing-packs',
  id: number,
  extra: Record<string, unknown> = {},
) {
  return payload.update({
    collection,
    id,
    data: { _status: 'published', stage: 'published', ...extra } as never,
    context: { workflow: 'publish' },
    overrideAccess: true,
  })
}

export async function makeCampaign(payload: Payload, title = `Chiến dịch thử ${Date.now()}`) {
  return payload.create({ collection: 'campaigns', data: { title } as never, overrideAccess: true })
}
