import type { PayloadRequest } from 'payload'

import type { PayloadFallback } from '../platform/http/rewordPayloadFallbacks'
import { maxUploadBytes } from '@/config/uploadLimit'
import { messagesIn } from './defineMessages'
import { langOfPayloadRequest } from './lang'
import { apiRefusalMessages } from './messages/apiRefusals'

/** Payload's own English fallback answers, in the language of the person behind the request. */
export function describePayloadFallback(req: PayloadRequest, fallback: PayloadFallback): string {
  const words = messagesIn(apiRefusalMessages, langOfPayloadRequest(req))
  switch (fallback.kind) {
    case 'noRoute':
      return words.noRoute(fallback.path)
    case 'unknownError':
      return words.unknownError
    case 'serverError':
      return words.serverError
    case 'invalidJson':
      return words.invalidJson
    case 'uploadTooLarge':
      return words.uploadTooLarge(maxUploadBytes() / 1024 / 1024)
  }
}
