import { ValidationError, type CollectionBeforeOperationHook, type Field, type Where } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest, type Lang } from '@/i18n/lang'
import { programmeMessages } from '@/i18n/messages/programme'
import { changedFrozenFields, isSubmitted, type FrozenReportField } from '@/programme/frozenReportFields'

/** A field's label in the reader's language, found by name anywhere in the collection's fields. */
function labelOf(fields: Field[], name: string, lang: Lang): string {
  for (const field of fields) {
    if ('name' in field && field.name === name) {
      const label = 'label' in field ? field.label : undefined
      if (typeof label === 'string') return label
      if (label && typeof label === 'object') return (label as Record<string, string>)[lang] ?? name
      return name
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      const found = labelOf(field.fields as Field[], name, lang)
      if (found !== name) return found
    }
  }
  return name
}

/**
 * Once a year's report is submitted, its report fields are refused for everyone, through the
 * admin, REST and GraphQL alike: a 400 naming each field, in the reader's language. It runs
 * before the operation because the fields' own access (read-only after submit, for the
 * admin's form) would otherwise drop the value silently. The submit endpoint's own write
 * comes before `submittedAt` is stored, so it passes.
 */
export const refuseChangesAfterSubmit: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const { id, where } = args as { id?: number | string; where?: Where }
  // The values stored in the locale being written, without falling back to Vietnamese: an
  // English field left empty is sent back empty by the admin's form. Read as the system, to
  // compare against: whether this caller may write the year at all is Payload's update access,
  // which still applies to the operation itself.
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'vi'
  const stored =
    id !== undefined
      ? [
          await req.payload.findByID({
            collection: 'programme-years',
            id,
            depth: 0,
            locale,
            fallbackLocale: false,
            req,
            overrideAccess: true,
            disableErrors: true,
          }),
        ]
      : (
          await req.payload.find({
            collection: 'programme-years',
            where: where ?? {},
            depth: 0,
            limit: 0,
            pagination: false,
            locale,
            fallbackLocale: false,
            req,
            overrideAccess: true,
          })
        ).docs
  const changed = new Set<FrozenReportField>()
  for (const doc of stored) {
    if (!isSubmitted(doc)) continue
    for (const field of changedFrozenFields(data, doc as unknown as Record<string, unknown>)) changed.add(field)
  }
  if (changed.size === 0) return args
  const lang = langOfPayloadRequest(req)
  const words = messagesIn(programmeMessages, lang)
  // Payload's `t` words the summary line too ("Lỗi - Field sau không hợp lệ"), in the reader's language.
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [...changed].map((field) => ({ path: field, message: words.frozenField(labelOf(collection.fields, field, lang), field) })),
      req,
    },
    req.t,
  )
}
