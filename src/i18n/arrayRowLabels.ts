import type { Field, Plugin } from 'payload'

import { mapEveryField } from '../platform/config/mapEveryField'

const ROW_LABEL = '/src/admin/ArrayRowLabel#ArrayRowLabel'

function withRowLabel(field: Field): Field {
  if (field.type !== 'array') return field
  const singular = field.labels?.singular
  if (field.admin?.components?.RowLabel || !singular || typeof singular !== 'object') return field
  const components = { ...field.admin?.components, RowLabel: { path: ROW_LABEL, clientProps: { singular: singular as { vi?: string; en?: string } } } }
  return { ...field, admin: { ...field.admin, components } }
}

/**
 * Rows of every array that names its rows in both languages are titled by their kind, their
 * number from 1 and what they hold ("Đường dây 1: Tổng đài … · 111"), instead of Payload's
 * "Helpline 01". Found from the configuration, so a new array is covered once it has labels.
 */
export const arrayRowLabels: Plugin = mapEveryField(withRowLabel)
