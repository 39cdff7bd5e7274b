import { describe, expect, it } from 'vitest'

import { defineMessages, type Messages } from '@/i18n/defineMessages'
import { adminToolMessages } from '@/i18n/messages/adminTools'
import { auditMessages } from '@/i18n/messages/audit'
import { contentLanguageMessages } from '@/i18n/messages/contentLanguage'
import { deskMessages } from '@/i18n/messages/desk'
import { identityMessages } from '@/i18n/messages/identity'
import { outboxMessages } from '@/i18n/messages/outbox'
import { rateLimitMessages } from '@/i18n/messages/rateLimits'
import { validationMessages } from '@/i18n/messages/validation'
import { workflowMessages } from '@/i18n/messages/workflow'

// These declarations are checked by `npm run typecheck`: each @ts-expect-error fails the
// type check if the shape it names were accepted.
defineMessages({
  vi: { title: 'Tiêu đề', greet: (name: string) => `Chào ${name}` },
  // @ts-expect-error: a message missing in English does not compile
  en: { title: 'Title' },
})
defineMessages({
  vi: { title: 'Tiêu đề' },
  // @ts-expect-error: a message only English has does not compile
  en: { title: 'Title', extra: 'Extra' },
})
defineMessages({
  vi: { greet: (name: string) => `Chào ${name}` },
  // @ts-expect-error: a message that takes other parameters does not compile
  en: { greet: (count: number) => `Hello ${count}` },
})

/** Every key path of a namespace, functions marked with their arity. */
function shapeOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}()${value.length}`]
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => shapeOf(inner, prefix ? `${prefix}.${key}` : key))
}

const NAMESPACES: Record<string, Messages<unknown>> = {
  workflow: workflowMessages,
  rateLimits: rateLimitMessages,
  identity: identityMessages,
  desk: deskMessages,
  audit: auditMessages,
  outbox: outboxMessages,
  validation: validationMessages,
  adminTools: adminToolMessages,
  contentLanguage: contentLanguageMessages,
}

describe('the language layer', () => {
  for (const [name, namespace] of Object.entries(NAMESPACES)) {
    it(`has the same messages in Vietnamese and English in the ${name} namespace, none of them empty`, () => {
      expect(shapeOf(namespace.en)).toEqual(shapeOf(namespace.vi))
      const texts = (side: unknown): string[] =>
        typeof side === 'string' ? [side] : typeof side === 'function' ? [] : Object.values(side as object).flatMap(texts)
      expect(texts(namespace.vi).filter((text) => !text.trim())).toEqual([])
      expect(texts(namespace.en).filter((text) => !text.trim())).toEqual([])
    })
  }
})
