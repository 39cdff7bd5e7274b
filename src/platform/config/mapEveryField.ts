import type { Config, Field } from 'payload'

/** Every field, however deep (rows, collapsibles, groups, arrays, tabs, blocks), changed by `change`; children first. */
export function mapFields(fields: readonly Field[], change: (field: Field) => Field): Field[] {
  return fields.map((field) => {
    let inner: Field = field
    if ('fields' in field && Array.isArray(field.fields)) inner = { ...field, fields: mapFields(field.fields, change) } as Field
    else if (field.type === 'tabs') inner = { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    else if (field.type === 'blocks') inner = { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
    return change(inner)
  })
}

/**
 * A plugin that changes every field of every collection and global, found from the
 * configuration, so a field added later is covered without anyone remembering to.
 */
export const mapEveryField =
  (change: (field: Field) => Field) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: mapFields(collection.fields, change) })),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: mapFields(global.fields, change) })),
  })
