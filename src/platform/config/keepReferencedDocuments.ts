import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig, type Config, type Field, type Plugin, type PayloadRequest } from 'payload'

type Label = string | Record<string, string> | undefined

/** Who still points at a document: `count` documents of `collection` through `field`. */
export type Reference = { count: number; collectionLabel: Label; fieldLabel: Label; collection: string; field: string }

type Referrer = { collection: CollectionConfig; field: string; fieldLabel: Label }

/** The fields whose data sits at the document's top level: through rows, collapsibles and unnamed tabs. */
function* topLevelFields(fields: Field[]): Generator<Field> {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      yield* topLevelFields(field.fields)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!('name' in tab && tab.name)) yield* topLevelFields(tab.fields)
      }
    } else {
      yield field
    }
  }
}

/** Top-level, single, required relationships and uploads: a document they point at cannot go without breaking them. */
function requiredReferencesTo(collections: CollectionConfig[]): Map<string, Referrer[]> {
  const referrers = new Map<string, Referrer[]>()
  for (const collection of collections) {
    for (const field of topLevelFields(collection.fields)) {
      if ((field.type !== 'relationship' && field.type !== 'upload') || !field.required || field.hasMany || typeof field.relationTo !== 'string') continue
      const label = typeof field.label === 'string' || (field.label && typeof field.label === 'object') ? (field.label as Label) : undefined
      referrers.set(field.relationTo, [...(referrers.get(field.relationTo) ?? []), { collection, field: field.name, fieldLabel: label }])
    }
  }
  return referrers
}

/**
 * Refuses to delete a document that another document requires (a required, single
 * relationship to it): 409, worded by `describe` in the reader's language. Without this the
 * database's NOT NULL answers the delete with a 500. Decided from the config, so a
 * relationship added later is covered without anyone remembering to. It runs after the
 * collection's own beforeDelete hooks, so one that removes what depends on the document (a
 * ledger it owns) goes first.
 */
export const keepReferencedDocuments =
  (describe: (req: PayloadRequest, reference: Reference) => string): Plugin =>
  (config: Config): Config => {
    const referrers = requiredReferencesTo(config.collections ?? [])
    const guard =
      (slug: string): CollectionBeforeDeleteHook =>
      async ({ id, req }) => {
        for (const { collection, field, fieldLabel } of referrers.get(slug) ?? []) {
          const { totalDocs } = await req.payload.count({ collection: collection.slug as never, where: { [field]: { equals: id } }, req, overrideAccess: true })
          if (totalDocs > 0) {
            const reference = { count: totalDocs, collectionLabel: collection.labels?.plural as Label, fieldLabel, collection: collection.slug, field }
            throw new APIError(describe(req, reference), 409, { collection: collection.slug, field }, true)
          }
        }
      }
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        referrers.has(collection.slug)
          ? { ...collection, hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), guard(collection.slug)] } }
          : collection,
      ),
    }
  }
