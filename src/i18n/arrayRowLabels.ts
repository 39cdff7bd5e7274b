import type { Field, Plugin } from 'payload'

import { mapEveryField } from '../platform/config/mapEveryField'
import type { RowDate } from './rowTitle'

const ROW_LABEL = '/src/admin/ArrayRowLabel#ArrayRowLabel'

/**
 * The date fields stored in the row itself: rows, collapsibles and unnamed tabs only arrange
 * fields, so theirs count; a named group or a nested array keeps its values a level down.
 */
function rowDates(fields: readonly Field[]): RowDate[] {
  return fields.flatMap((field): RowDate[] => {
    if (field.type === 'date') return [{ name: field.name, time: field.admin?.date?.pickerAppearance === 'dayAndTime' }]
    if (field.type === 'row' || field.type === 'collapsible') return rowDates(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : rowDates(tab.fields)))
    return []
  })
}

function withRowLabel(field: Field): Field {
  if (field.type !== 'array') return field
  const singular = field.labels?.singular
  if (field.admin?.components?.RowLabel || !singular || typeof singular !== 'object') return field
  const clientProps = { singular: singular as { vi?: string; en?: string }, dates: rowDates(field.fields) }
  const components = { ...field.admin?.components, RowLabel: { path: ROW_LABEL, clientProps } }
  return { ...field, admin: { ...field.admin, components } }
}

/**
 * Rows of every array that names its rows in both languages are titled by their kind, their
 * number from 1 and what they hold ("Đường dây 1: Tổng đài … · 111", src/i18n/rowTitle.ts),
 * instead of Payload's "Helpline 01". Found from the configuration, so a new
 * array is covered once it has labels.
 */
export const arrayRowLabels: Plugin = mapEveryField(withRowLabel)
