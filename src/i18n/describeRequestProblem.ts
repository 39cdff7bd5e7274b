import type { PayloadRequest } from 'payload'

import type { RequestProblem } from '../platform/http/requestProblem'
import { messagesIn } from './defineMessages'
import { langOfRequest, type Lang } from './lang'
import { requestCheckMessages } from './messages/requestChecks'

/** A refused request's reason in words, in a language. */
export function requestProblemText(found: RequestProblem, lang: Lang): string {
  const say = messagesIn(requestCheckMessages, lang)[found.reason.key] as (params: typeof found.reason.params) => string
  return say(found.reason.params)
}

/** A refused request's reason in the language its client asks for: `?locale=`, else `Accept-Language`. */
export const describeRequestProblem = (found: RequestProblem, req: PayloadRequest): string =>
  requestProblemText(found, langOfRequest({ url: req.url, headers: req.headers }))
