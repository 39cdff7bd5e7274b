import { COMMENT_MAX_CHARS } from '@/consultation/comments/commentVocabulary'
import { messagesIn } from '@/i18n/defineMessages'
import { langOfPayloadRequest } from '@/i18n/lang'
import { commentRequestMessages } from '@/i18n/messages/commentRequests'

/**
 * The limit counts characters, as the comment handler does: `maxLength` would count UTF-16
 * units, so a comment of 5,000 characters with emoji in it passed the handler and then
 * failed here as a server error. Worded as the public form words it, in the editor's language.
 */
export const validateCommentText = (value: unknown, options?: { req?: { i18n?: { language?: string } } }): true | string => {
  const words = messagesIn(commentRequestMessages, langOfPayloadRequest(options?.req))
  if (typeof value !== 'string' || value.trim() === '') return words.textEmpty
  const length = [...value].length
  return length <= COMMENT_MAX_CHARS ? true : words.textTooLong(length, COMMENT_MAX_CHARS)
}
