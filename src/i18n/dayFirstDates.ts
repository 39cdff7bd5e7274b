import type { Field, Plugin } from 'payload'

import { mapEveryField } from '../platform/config/mapEveryField'
import { ADMIN_DATE_FORMAT } from './formatDateTime'

// Payload's date picker shows MM/dd/yyyy unless a field says otherwise, so a Vietnamese
// editor would read 12/02/2026 as 12 February when it means 2 December.
const DAY_ONLY_FORMAT = 'dd/MM/yyyy'

function withDayFirst(field: Field): Field {
  if (field.type !== 'date') return field
  const date = field.admin?.date ?? {}
  const dayOnly = !date.pickerAppearance || date.pickerAppearance === 'dayOnly'
  return {
    ...field,
    admin: { ...field.admin, date: { displayFormat: dayOnly ? DAY_ONLY_FORMAT : ADMIN_DATE_FORMAT, timeFormat: 'HH:mm', ...date } as typeof date },
  }
}

/**
 * Every date field of every collection and global, found from the configuration (a field
 * added later included), shows its value day first and in 24-hour time, unless the field
 * chose a format of its own.
 */
export const dayFirstDates: Plugin = mapEveryField(withDayFirst)
