import type { Config, Field, Plugin } from 'payload'

import { ADMIN_DATE_FORMAT } from './formatDateTime'

// Payload's date picker shows MM/dd/yyyy unless a field says otherwise, so a Vietnamese
// editor would read 12/02/2026 as 12 February when it means 2 December.
const DAY_ONLY_FORMAT = 'dd/MM/yyyy'

function withDayFirst(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const dayOnly = !date.pickerAppearance || date.pickerAppearance === 'dayOnly'
    return {
      ...field,
      admin: { ...field.admin, date: { displayFormat: dayOnly ? DAY_ONLY_FORMAT : ADMIN_DATE_FORMAT, timeFormat: 'HH:mm', ...date } as typeof date },
    }
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withDayFirst) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDayFirst) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withDayFirst) })) }
  return field
}

/**
 * Every date field of every collection and global, found from the configuration (a field
 * added later included), shows its value day first and in 24-hour time, unless the field
 * chose a format of its own.
 */
export const dayFirstDates: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(withDayFirst) })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: global.fields.map(withDayFirst) })),
})
