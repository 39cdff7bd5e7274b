import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

type Args = {
  payload: Payload
  collection: CollectionSlug
  where: Where
  /** Fields that are the same in every language. */
  shared: Record<string, unknown>
  /** Localized fields per locale; a locale with no text in the source is left out. */
  localized: { vi: Record<string, unknown>; en: Record<string, unknown> }
  req?: Partial<PayloadRequest>
  /** Passed to hooks, e.g. to keep a seed's own writes out of the audit log. */
  context?: Record<string, unknown>
}

/**
 * Creates the document or brings it in line with the source, one locale at a time, so
 * that running a seed twice changes nothing the second time. Returns the document id.
 */
export async function upsertLocalized({ payload, collection, where, shared, localized, req, context }: Args): Promise<number | string> {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, locale: 'vi', overrideAccess: true, req })
  let id = docs[0]?.id
  if (id === undefined) {
    const created = await payload.create({ collection, data: { ...shared, ...localized.vi } as never, locale: 'vi', overrideAccess: true, req, context })
    id = created.id
  } else {
    await payload.update({ collection, id, data: { ...shared, ...localized.vi } as never, locale: 'vi', overrideAccess: true, req, context })
  }
  if (Object.keys(localized.en).length > 0) {
    await payload.update({ collection, id, data: localized.en as never, locale: 'en', overrideAccess: true, req, context })
  }
  return id
}
