import type { Config, Field, Plugin } from 'payload'

const ROW_LABEL = '/src/admin/ArrayRowLabel#ArrayRowLabel'

type Labelled = { vi?: string; en?: string }

function withRowLabels(field: Field): Field {
  if (field.type === 'array') {
    const fields = field.fields.map(withRowLabels)
    const singular = field.labels?.singular
    if (field.admin?.components?.RowLabel || !singular || typeof singular !== 'object') return { ...field, fields }
    const components = { ...field.admin?.components, RowLabel: { path: ROW_LABEL, clientProps: { singular: singular as Labelled } } }
    return { ...field, fields, admin: { ...field.admin, components } }
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withRowLabels) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withRowLabels) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withRowLabels) })) }
  return field
}

/**
 * Rows of every array that names its rows in both languages are titled by their kind, their
 * number from 1 and what they hold ("Đường dây 1: Tổng đài … · 111"), instead of Payload's
 * "Helpline 01". Found from the configuration, so a new array is covered once it has labels.
 */
export const arrayRowLabels: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(withRowLabels) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: global.fields.map(withRowLabels) })),
})
