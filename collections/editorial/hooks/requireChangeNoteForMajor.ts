import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { validationMessages } from '@/i18n/messages/validation'

/** A change marked major is announced to subscribers, so it must say what changed. */
export const requireChangeNoteForMajor: CollectionBeforeValidateHook = ({ data, originalDoc, req, collection }) => {
  const major = data?.majorChange ?? originalDoc?.majorChange
  const note = data?.changeNote ?? originalDoc?.changeNote
  if (major === true && !(typeof note === 'string' && note.trim())) {
    const words = messagesIn(validationMessages, langOfPayloadRequest(req))
    // Payload's `t` words the summary line in the editor's language too.
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'changeNote', message: words.changeNoteRequired }], req }, req.t)
  }
  return data
}
