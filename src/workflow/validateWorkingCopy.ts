import { beforeChangeTraverseFields, type PayloadRequest, type ValidationFieldError } from 'payload'

import type { WorkflowCollection } from '@/content/contentCollections'

/**
 * A draft may be incomplete; a working copy sent for review may not. Runs every field's
 * validation (required fields, formats, custom rules) over the working copy as a
 * publication would, in the default language, and returns the problems found. Field
 * hooks run on a copy, so nothing is saved.
 */
export async function validateWorkingCopy(req: PayloadRequest, collection: WorkflowCollection, id: number): Promise<ValidationFieldError[]> {
  const config = req.payload.collections[collection].config
  const read = (locale: 'vi' | 'en' | 'all') =>
    req.payload.findByID({ collection, id, draft: true, depth: 0, locale, fallbackLocale: false as never, req, user: req.user, overrideAccess: false })
  const defaultLocale = (req.payload.config.localization ? req.payload.config.localization.defaultLocale : 'vi') as 'vi' | 'en'
  // Payload's local reads set req.locale to the locale they read: put it back afterwards.
  const previousLocale = req.locale
  const previousFallback = req.fallbackLocale
  const doc = structuredClone(await read(defaultLocale)) as unknown as Record<string, unknown>
  const docWithLocales = structuredClone(await read('all')) as unknown as Record<string, unknown>
  const data = structuredClone(doc)
  const errors: ValidationFieldError[] = []
  req.locale = defaultLocale
  try {
    await beforeChangeTraverseFields({
      id,
      collection: config,
      context: { ...req.context, validatingWorkingCopy: true },
      data,
      doc,
      docWithLocales,
      errors,
      fieldLabelPath: '',
      fields: config.fields,
      global: null,
      mergeLocaleActions: [],
      operation: 'update',
      overrideAccess: false,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
      siblingData: data,
      siblingDoc: doc,
      siblingDocWithLocales: docWithLocales,
      skipValidation: false,
    })
  } finally {
    req.locale = previousLocale
    req.fallbackLocale = previousFallback
  }
  return errors
}
