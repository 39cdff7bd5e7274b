import { wordsFor } from '../editorial/validators'
/** Revision labels read as versions: v0.1, v0.2, v1.0, v1.0.1. */
export const REVISION_LABEL = /^v\d{1,3}(\.\d{1,3}){1,2}$/

export const validateRevisionLabel = (value: unknown, options?: { req?: { i18n?: { language?: string } } }): true | string => {
  if (value === undefined || value === null || value === '') return wordsFor(options).revisionRequired
  return REVISION_LABEL.test(String(value)) ? true : wordsFor(options).revisionLabel
}
