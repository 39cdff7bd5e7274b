import type { AfterErrorHook, Endpoint, PayloadRequest, SanitizedConfig } from 'payload'

/**
 * The answers Payload writes in English itself, in its code rather than through `req.t`, so
 * that no translation registered in `i18n.translations` reaches them:
 * - `noRoute`: `Route not found "<path>"`, for a path no endpoint matches
 *   (`notFoundResponse` in node_modules/payload/dist/utilities/handleEndpoints.js);
 * - `unknownError`: `An unknown error occurred.`, for a thrown value without a name
 *   (node_modules/payload/dist/utilities/formatErrors.js);
 * - `serverError`: `Something went wrong.`, for any error it keeps from the client
 *   (node_modules/payload/dist/utilities/routeError.js).
 */
export type PayloadFallback =
  { kind: 'noRoute'; path: string } | { kind: 'unknownError' } | { kind: 'serverError' } | { kind: 'uploadTooLarge' } | { kind: 'invalidJson' }

/**
 * What Payload answers a multipart body over the upload limit with (`upload.responseOnLimit`
 * in payload.config.ts): a fixed text, so it is reworded like Payload's own.
 */
export const UPLOAD_TOO_LARGE = 'The file is larger than the upload limit (MAX_UPLOAD_MB).'

/** The words of a fallback for the person behind the request. The language layer sits above this floor, so the configuration hands them in. */
export type DescribeFallback = (req: PayloadRequest, fallback: PayloadFallback) => string

// Exactly as formatErrors and routeError write them: these, and only these, are reworded.
const PAYLOAD_ERROR_TEXTS: Record<string, PayloadFallback> = {
  'An unknown error occurred.': { kind: 'unknownError' },
  'Something went wrong.': { kind: 'serverError' },
  [UPLOAD_TOO_LARGE]: { kind: 'uploadTooLarge' },
}

// The methods the REST route answers; OPTIONS keeps Payload's own answer to a CORS preflight.
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

const pathOf = (req: PayloadRequest): string => {
  try {
    return new URL(req.url ?? '', 'http://localhost').pathname
  } catch {
    return req.url ?? ''
  }
}

/**
 * A last endpoint for each method, matching any path, that answers as Payload's own
 * not-found answer does (404, `{ message }`) in the reader's words. It sits after Payload's
 * endpoints, so it only answers what none of them takes. At the root it also hands a path to
 * an endpoint added after it with that exact path: Next.js's REST route adds Payload's `/og`
 * image endpoint to the list on its first request, after this configuration was built.
 */
function notFoundEndpoints(describe: DescribeFallback, atRoot: boolean): Endpoint[] {
  return METHODS.map((method) => {
    const endpoint: Endpoint = {
      method,
      path: '/:rest*',
      handler: (req) => {
        if (atRoot) {
          const rest = `/${((req.routeParams?.rest as string[] | undefined) ?? []).join('/')}`
          const endpoints = req.payload.config.endpoints
          const later = endpoints.slice(endpoints.indexOf(endpoint) + 1).find((each) => each.method === method && each.path === rest)
          if (later) return later.handler(req)
        }
        return Response.json({ message: describe(req, { kind: 'noRoute', path: pathOf(req) }) }, { status: 404 })
      },
    }
    return endpoint
  })
}

const fallbackOf = (message: unknown): PayloadFallback | undefined =>
  typeof message === 'string' && Object.hasOwn(PAYLOAD_ERROR_TEXTS, message) ? PAYLOAD_ERROR_TEXTS[message] : undefined

/** Rewords Payload's own error texts in a REST answer; the status and everything else stay. */
const rewordErrorTexts =
  (describe: DescribeFallback): AfterErrorHook =>
  ({ error, req, result }) => {
    const errors = result?.errors
    // A JSON body (or multipart `_payload`) that does not parse: Payload lets JSON.parse's
    // SyntaxError through as a 500; it is the client's mistake, so 400. An answer an earlier
    // hook already made (a query parameter named, with its code) is kept as it is.
    const payloadsOwn = Array.isArray(errors) && errors.every((entry) => Object.keys(entry).every((key) => key === 'message'))
    if (req && error instanceof SyntaxError && payloadsOwn) return { response: { errors: [{ message: describe(req, { kind: 'invalidJson' }) }] }, status: 400 }
    if (!req || !Array.isArray(errors) || !errors.some((error) => fallbackOf(error.message))) return
    const reworded = errors.map((error) => {
      const fallback = fallbackOf(error.message)
      return fallback ? { ...error, message: describe(req, fallback) } : error
    })
    return { response: { ...result, errors: reworded } }
  }

/**
 * Has Payload's English fallbacks answer in the reader's language, with the same status and
 * shape: a not-found endpoint at the end of the root's, each collection's and each global's
 * endpoints, and an error hook that runs after every other one. It works on the built
 * configuration, after Payload has added its own endpoints and system collections, so that
 * nothing comes after these.
 */
export const rewordPayloadFallbacks =
  (describe: DescribeFallback) =>
  (config: SanitizedConfig): SanitizedConfig => {
    config.endpoints = [...config.endpoints, ...notFoundEndpoints(describe, true)] as typeof config.endpoints
    for (const collection of config.collections) {
      if (collection.endpoints !== false)
        collection.endpoints = [...(collection.endpoints ?? []), ...notFoundEndpoints(describe, false)] as typeof collection.endpoints
    }
    for (const global of config.globals) {
      if (global.endpoints !== false) global.endpoints = [...(global.endpoints ?? []), ...notFoundEndpoints(describe, false)] as typeof global.endpoints
    }
    config.hooks = { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), rewordErrorTexts(describe)] }
    return config
  }
