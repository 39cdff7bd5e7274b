import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { arrayRowLabels } from '../../src/i18n/arrayRowLabels'

const labels = (vi: string, en: string) => ({ singular: { vi, en }, plural: { vi, en } })

describe('rows of arrays in the admin', () => {
  it('are titled in both languages wherever an array that names its rows sits, nested arrays included', async () => {
    const fields: Field[] = [
      { name: 'helplines', type: 'array', labels: labels('Đường dây', 'Helpline'), fields: [{ name: 'phone', type: 'text' }] },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'T',
            fields: [
              {
                name: 'steps',
                type: 'array',
                labels: labels('Bước', 'Step'),
                fields: [{ name: 'items', type: 'array', labels: labels('Mục', 'Item'), fields: [] }],
              },
            ],
          },
        ],
      },
    ]
    const config = (await arrayRowLabels({ collections: [{ slug: 'things', fields } as CollectionConfig] } as Config)) as Config
    const out = config.collections![0]!.fields as Array<Record<string, any>>
    expect(out[0]!.admin.components.RowLabel).toEqual({
      path: '/src/admin/ArrayRowLabel#ArrayRowLabel',
      clientProps: { singular: { vi: 'Đường dây', en: 'Helpline' } },
    })
    const steps = out[1]!.tabs[0].fields[0]
    expect(steps.admin.components.RowLabel.clientProps.singular.vi).toBe('Bước')
    expect(steps.fields[0].admin.components.RowLabel.clientProps.singular.en).toBe('Item')
  })

  it('leaves a row label an array chose for itself', async () => {
    const own = { path: '/own#Label' }
    const config = (await arrayRowLabels({
      collections: [
        {
          slug: 'things',
          fields: [{ name: 'rows', type: 'array', labels: labels('Dòng', 'Row'), admin: { components: { RowLabel: own } }, fields: [] }],
        } as CollectionConfig,
      ],
    } as Config)) as Config
    expect((config.collections![0]!.fields[0] as Record<string, any>).admin.components.RowLabel).toBe(own)
  })
})
