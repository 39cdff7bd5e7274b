import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { dayFirstDates } from '@/i18n/dayFirstDates'

const collection = (fields: Field[]): CollectionConfig => ({ slug: 'things', fields })

describe('date fields in the admin', () => {
  it('show every date field day first and in 24-hour time, however deep it sits', async () => {
    const config = (await dayFirstDates({
      collections: [
        collection([
          { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          { name: 'day', type: 'date' },
          { type: 'tabs', tabs: [{ label: 'T', fields: [{ name: 'rows', type: 'array', fields: [{ name: 'due', type: 'date' }] }] }] },
          {
            name: 'parts',
            type: 'blocks',
            blocks: [{ slug: 'milestone', fields: [{ name: 'when', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }] }],
          },
        ]),
      ],
    } as Config)) as Config
    const fields = config.collections![0]!.fields as Array<Record<string, any>>
    expect(fields[0]!.admin.date).toMatchObject({ displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm', pickerAppearance: 'dayAndTime' })
    expect(fields[1]!.admin.date).toMatchObject({ displayFormat: 'dd/MM/yyyy' })
    expect(fields[2]!.tabs[0].fields[0].fields[0].admin.date).toMatchObject({ displayFormat: 'dd/MM/yyyy' })
    expect(fields[3]!.blocks[0].fields[0].admin.date).toMatchObject({ displayFormat: 'dd/MM/yyyy HH:mm' })
  })

  it('keeps a format a field chose for itself', async () => {
    const config = (await dayFirstDates({
      collections: [collection([{ name: 'month', type: 'date', admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MM/yyyy' } } }])],
    } as Config)) as Config
    expect((config.collections![0]!.fields[0] as Record<string, any>).admin.date.displayFormat).toBe('MM/yyyy')
  })
})
