import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { describe, expect, it } from 'vitest'

import { ADMIN_NAMESPACES, newsroomTranslations, type AdminNamespace } from '@/i18n/admin/payloadTranslations'
import { wordsFromT, type TranslateFunction } from '@/i18n/admin/wordsFromT'
import { LANGS, type Lang } from '@/i18n/lang'

/** Payload's own i18n, set up as the admin sets it up from payload.config.ts. */
const payloadT = async (lang: Lang): Promise<TranslateFunction> => {
  const i18n = await initI18n({
    config: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: newsroomTranslations } as never,
    context: 'client',
    language: lang,
  })
  return i18n.t as unknown as TranslateFunction
}

type Leaf = { path: string[]; value: unknown }
const leavesOf = (messages: unknown, path: string[] = []): Leaf[] =>
  Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leavesOf(value, [...path, key]) : [{ path: [...path, key], value }],
  )
const at = (words: unknown, path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], words)

// Arguments unlike any word in a message, so a dropped or swapped parameter shows.
const SAMPLE_ARGS = ['«một»', '«hai»', '«ba»', '«bốn»', '«năm»']

describe("the admin's words through Payload's t()", () => {
  for (const lang of LANGS) {
    for (const name of Object.keys(ADMIN_NAMESPACES) as AdminNamespace[]) {
      it(`reads every ${name} message in ${lang} exactly as the typed layer words it, parameters included`, async () => {
        const words = wordsFromT(name, await payloadT(lang))
        const leaves = leavesOf(ADMIN_NAMESPACES[name][lang])
        expect(leaves.length).toBeGreaterThan(0)
        for (const { path, value } of leaves) {
          const read = at(words, path)
          if (typeof value === 'function') {
            const args = SAMPLE_ARGS.slice(0, value.length)
            expect((read as (...a: string[]) => string)(...args), path.join('.')).toBe((value as (...a: string[]) => string)(...args))
          } else {
            expect(read, path.join('.')).toBe(value)
          }
        }
      })
    }
  }

  it('leaves a key Payload does not know visible as the key, so a missing registration shows in the admin', async () => {
    const t = await payloadT('vi')
    expect(t('newsroom:workflow:noSuchKey')).toBe('newsroom:workflow:noSuchKey')
    expect(t('newsroom:workflow:action:submit')).toBe('Gửi duyệt')
  })
})
