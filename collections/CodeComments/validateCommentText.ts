import { COMMENT_MAX_CHARS } from '../../src/consultation/comments/commentVocabulary'

/**
 * The limit counts characters, as the comment handler does: `maxLength` would count UTF-16
 * units, so a comment of 5,000 characters with emoji in it passed the handler and then
 * failed here as a server error.
 */
export const validateCommentText = (value: unknown): true | string => {
  if (typeof value !== 'string' || value.trim() === '') return 'The comment is empty (field: text).'
  const length = [...value].length
  return length <= COMMENT_MAX_CHARS ? true : `The comment is ${length} characters long; the limit is ${COMMENT_MAX_CHARS} (field: text).`
}
