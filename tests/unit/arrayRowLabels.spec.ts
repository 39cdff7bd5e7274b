import fs from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { arrayRowLabels } from '@/i18n/arrayRowLabels'
import { mapFields } from '@/platform/config/mapEveryField'
import { rowTitle } from '@/i18n/rowTitle'

const COLLECTIONS_DIR = path.resolve(import.meta.dirname, '../../collections')

/** Every collection and global the project defines, found from the folder rather than from a list someone must keep. */
async function newsroomConfigs(): Promise<Array<CollectionConfig | GlobalConfig>> {
  const folders = fs.readdirSync(COLLECTIONS_DIR).filter((name) => fs.existsSync(path.join(COLLECTIONS_DIR, name, 'index.ts')))
  const modules = await Promise.all(folders.map((name) => import(path.join(COLLECTIONS_DIR, name, 'index.ts'))))
  return modules.flatMap((module) =>
    Object.values(module as Record<string, unknown>).filter(
      (value): value is CollectionConfig | GlobalConfig => !!value && typeof value === 'object' && 'slug' in value && 'fields' in value,
    ),
  )
}

/** Every array field of a configuration, however deep, with the path an editor would follow to it. */
function arraysOf(config: CollectionConfig | GlobalConfig): Array<{ at: string; field: Extract<Field, { type: 'array' }> }> {
  const found: Array<{ at: string; field: Extract<Field, { type: 'array' }> }> = []
  mapFields(config.fields, (field) => {
    if (field.type === 'array') found.push({ at: `${config.slug}.${field.name}`, field })
    return field
  })
  return found
}

const inBoth = (value: unknown) =>
  !!value && typeof value === 'object' && typeof (value as Record<string, unknown>).vi === 'string' && typeof (value as Record<string, unknown>).en === 'string'

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
      clientProps: { singular: { vi: 'Đường dây', en: 'Helpline' }, dates: [] },
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

describe("every array of the newsroom's collections and globals", () => {
  let configs: Array<CollectionConfig | GlobalConfig>
  // Loading every collection's hooks and their imports takes a few seconds on a cold cache.
  beforeAll(async () => {
    configs = await newsroomConfigs()
  }, 120_000)

  it('names itself and its rows in Vietnamese and in English, so the admin never falls back to Payload\'s English "Milestone 01"', () => {
    expect(configs.map((config) => config.slug)).toEqual(expect.arrayContaining(['programme-tasks', 'conduct-codes', 'site-settings']))
    const arrays = configs.flatMap(arraysOf)
    expect(arrays.map((array) => array.at)).toEqual(expect.arrayContaining(['programme-tasks.milestones', 'programme-tasks.evidence']))
    const unnamed = arrays
      .filter(({ field }) => !inBoth(field.label) || !inBoth(field.labels?.singular) || !inBoth(field.labels?.plural))
      .map((array) => array.at)
    expect(unnamed).toEqual([])
  })

  it('titles the rows of every array, once the plugin has run over the real configuration', async () => {
    // The plugin treats collections and globals alike; here they all go in as collections.
    const config = (await arrayRowLabels({ collections: configs as CollectionConfig[] } as Config)) as Config
    const untitled = (config.collections ?? [])
      .flatMap(arraysOf)
      .filter(({ field }) => !field.admin?.components?.RowLabel)
      .map((array) => array.at)
    expect(untitled).toEqual([])
  })
})

describe('the title of a row', () => {
  it('reads its kind, its number from 1 and what it holds, its dates written dd/MM/yyyy in Viet Nam', () => {
    const milestone = { id: 'a1', title: 'Ký quyết định', date: '2021-06-29T17:00:00.000Z', reachedAt: null }
    expect(rowTitle({ kind: 'Mốc', index: 0, data: milestone, dates: [{ name: 'date', time: false }] })).toBe('Mốc 1: Ký quyết định · 30/06/2021')
    expect(rowTitle({ kind: 'Lịch', index: 2, data: { at: '2026-12-02T00:50:00.000Z' }, dates: [{ name: 'at', time: true }] })).toBe('Lịch 3: 02/12/2026 07:50')
  })

  it('is its kind and number alone for an empty row, and leaves out ids, numbers and nested rows', () => {
    expect(rowTitle({ kind: 'Minh chứng', index: 1, data: {} })).toBe('Minh chứng 2')
    expect(rowTitle({ kind: 'Update', index: 0, data: { id: 'x', author: 4, evidence: [{ url: 'https://a.vn' }], text: ' Held the meeting ' } })).toBe(
      'Update 1: Held the meeting',
    )
  })
})
