import { APIError, type AfterErrorHook, type CollectionBeforeOperationHook, type GlobalBeforeOperationHook, type PayloadRequest } from 'payload'

import { checkFieldValues } from './checkFieldValues'
import { checkRestBody, checkRestRequest } from './checkRestRequest'
import { problem, type RequestProblem } from './requestProblem'

const checked = new WeakSet<PayloadRequest>()

/**
 * The words of a problem for the client that asked. The language layer sits above this
 * floor, so the configuration hands its wording in (src/i18n/describeRequestProblem.ts).
 */
export type DescribeProblem = (found: RequestProblem, req: PayloadRequest) => string

// Busboy's words for a multipart body it cannot read, thrown while Payload reads the upload.
const MALFORMED_BODY = /^(Malformed part header|Malformed urlencoded form|Unexpected end of (form|multipart data)|Multipart: Boundary not found)/

const errorBody = (found: RequestProblem, req: PayloadRequest, describe: DescribeProblem, name = 'APIError') => ({
  errors: [{ name, message: describe(found, req), data: { code: found.code, field: found.field } }],
})

/** The request checks as Payload hooks, answering in the words `describe` gives. */
export function requestGuards(describe: DescribeProblem) {
  const refuse = (found: RequestProblem, req: PayloadRequest, status = 400): APIError =>
    new APIError(describe(found, req), status, { code: found.code, field: found.field }, true)

  /**
   * Checks a REST request's id, query and body before Payload hands them to PostgreSQL, which
   * answers a bad id or enum value with an error that became a 500. The query is checked once
   * per request, on the collection the path names; nested operations share the request.
   */
  const guardRequestArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
    if (req.payloadAPI !== 'REST') return args
    if (!checked.has(req) && req.routeParams?.collection === collection.slug) {
      checked.add(req)
      const found = checkRestRequest(req, collection)
      if (found) throw refuse(found, req, found.status)
    }
    if (operation === 'create' || operation === 'update') {
      const data = (args as { data?: unknown }).data
      const found = checkRestBody(data, collection) ?? checkFieldValues(data, collection.fields, localesOf(req))
      if (found) throw refuse(found, req)
    }
    return args
  }

  /** The same body checks for a global's update, whose fields come from its configuration too. */
  const guardGlobalArgs: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
    if (req.payloadAPI !== 'REST' || operation !== 'update') return args
    const data = (args as { data?: unknown }).data
    if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data)))
      throw refuse(problem('body', 'bodyObject', {}, 'invalid_body'), req)
    const found = checkFieldValues(data, global.fields, localesOf(req))
    if (found) throw refuse(found, req)
    return args
  }

  /**
   * The net under Payload's own parsing, which runs before any hook: `?where=abc` fails in
   * JSON.parse, and system collections have no hook of ours. When the request itself is at
   * fault, the answer is a 400 (or 404) naming the parameter instead of a 500.
   */
  const answerBadRequestArgs: AfterErrorHook = ({ collection, error, req }) => {
    if (req?.payloadAPI !== 'REST') return
    if (!collection) return answerGlobalWithoutVersions(req, describe)
    const errorStatus = (error as unknown as { status?: number }).status
    if (errorStatus !== undefined && errorStatus < 500) return
    if (MALFORMED_BODY.test(error.message ?? '')) return { status: 400, response: errorBody(problem('file', 'multipart', {}, 'invalid_body'), req, describe) }
    const found = checkRestRequest(req, collection) ?? checkRestBody(req.data, collection)
    if (!found) return
    const status: number = 'status' in found ? (found.status as number) : 400
    return { status, response: errorBody(found, req, describe) }
  }

  return { guardRequestArgs, guardGlobalArgs, answerBadRequestArgs }
}

const localesOf = (req: PayloadRequest): string[] => {
  const localization = req.payload.config.localization
  return localization ? localization.localeCodes : []
}

/**
 * Payload fails with a TypeError on `/api/globals/{slug}/versions` for a global that keeps
 * no versions; the client asked for something that does not exist, so the answer is 404.
 */
function answerGlobalWithoutVersions(req: PayloadRequest, describe: DescribeProblem) {
  const slug = /\/globals\/([^/?]+)\/versions(?:\/|$)/.exec(new URL(req.url ?? '', 'http://localhost').pathname)?.[1]
  const global = slug ? req.payload.config.globals.find((candidate) => candidate.slug === slug) : undefined
  if (!global || global.versions) return
  return { status: 404, response: errorBody(problem('path', 'noVersions', { slug: global.slug }), req, describe, 'NotFound') }
}
