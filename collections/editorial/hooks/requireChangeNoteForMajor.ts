import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** A change marked major is announced to subscribers, so it must say what changed. */
export const requireChangeNoteForMajor: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const major = data?.majorChange ?? originalDoc?.majorChange
  const note = data?.changeNote ?? originalDoc?.changeNote
  if (major === true && !(typeof note === 'string' && note.trim())) {
    throw new ValidationError({ collection: undefined, errors: [{ path: 'changeNote', message: 'A major change needs a change note.' }], req })
  }
  return data
}
