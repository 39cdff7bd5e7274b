/** Revision labels read as versions: v0.1, v0.2, v1.0, v1.0.1. */
export const REVISION_LABEL = /^v\d{1,3}(\.\d{1,3}){1,2}$/

export const validateRevisionLabel = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return 'A revision label is required, such as v0.1.'
  return REVISION_LABEL.test(String(value)) ? true : 'Must be a revision label such as v0.1 or v1.0.'
}
