import type { PayloadRequest } from 'payload'

import type { Reference } from '@/platform/config/keepReferencedDocuments'
import { langOfPayloadRequest } from './lang'
import { validationMessages } from './messages/validation'

/** Why a document that others still need is not deleted, with their labels in the reader's language. */
export function describeStillReferenced(req: PayloadRequest, reference: Reference): string {
  const lang = langOfPayloadRequest(req)
  const labelIn = (label: Reference['fieldLabel'], fallback: string) => (typeof label === 'string' ? label : (label?.[lang] ?? fallback))
  return validationMessages[lang].stillReferenced(
    reference.count,
    labelIn(reference.collectionLabel, reference.collection),
    labelIn(reference.fieldLabel, reference.field),
  )
}
