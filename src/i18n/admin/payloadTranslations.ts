import { adminToolMessages } from '../messages/adminTools'
import { auditMessages } from '../messages/audit'
import { deskMessages } from '../messages/desk'
import { mailRunMessages } from '../messages/mailRuns'
import { outboxMessages } from '../messages/outbox'
import { previewMessages } from '../messages/preview'
import { programmeAdminMessages } from '../messages/programmeAdmin'
import { typedDateMessages } from '../messages/typedDates'
import { workflowMessages } from '../messages/workflow'
import type { Lang } from '../lang'

/**
 * The admin's own words, registered in Payload's i18n (`i18n.translations`) under the
 * `newsroom` group, so the admin's components read them with Payload's `t()` in the admin's
 * language. They are written once, typed, in src/i18n/messages; this turns each namespace
 * into Payload's shape: strings stay strings, and a message with parameters becomes a
 * template with Payload's `{{0}}`, `{{1}}` placeholders (a unit test holds every template
 * equal to its function).
 */
export const ADMIN_NAMESPACES = {
  adminTools: adminToolMessages,
  audit: auditMessages,
  desk: deskMessages,
  mailRuns: mailRunMessages,
  outbox: outboxMessages,
  preview: previewMessages,
  programme: programmeAdminMessages,
  typedDates: typedDateMessages,
  workflow: workflowMessages,
} as const

export type AdminNamespace = keyof typeof ADMIN_NAMESPACES

/** The placeholder Payload fills with a message's n-th argument. */
export const placeholder = (index: number): string => `{{${index}}}`

type Templates = { [key: string]: string | Templates }

export function toTemplates(messages: unknown): Templates {
  const templates: Templates = {}
  for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
    if (typeof value === 'string') templates[key] = value
    else if (typeof value === 'function')
      templates[key] = (value as (...args: string[]) => string)(...Array.from({ length: value.length }, (_, i) => placeholder(i)))
    else if (value && typeof value === 'object') templates[key] = toTemplates(value)
  }
  return templates
}

const translationsIn = (lang: Lang) => ({
  newsroom: Object.fromEntries(Object.entries(ADMIN_NAMESPACES).map(([name, namespace]) => [name, toTemplates(namespace[lang])])),
})

/** Payload's `i18n.translations`: the newsroom group in both languages. */
export const newsroomTranslations = { vi: translationsIn('vi'), en: translationsIn('en') }
