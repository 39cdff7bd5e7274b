import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { isContentCollection } from '@/content/contentCollections'
import { messagesIn } from '../i18n/defineMessages'
import { isLang, langOfPayloadRequest } from '../i18n/lang'
import { previewMessages } from '../i18n/messages/preview'
import { AppError, errorJsonResponse, type ErrorCode } from '@/platform/errors/appError'
import { parsePathId } from '../platform/http/pathId'
import { createPreviewLink } from '../preview/createPreviewLink'
import { listPreviewLinks } from '../preview/listPreviewLinks'
import { previewLinkHours } from '../preview/previewLinkHours'
import { revokePreviewLink } from '../preview/revokePreviewLink'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const wordsFor = (req: PayloadRequest) => messagesIn(previewMessages, langOfPayloadRequest(req))

const refuse = (req: PayloadRequest, code: ErrorCode, message: string, field?: string) =>
  errorJsonResponse(new AppError(code, message, { field }), langOfPayloadRequest(req))

/** A domain refusal in the caller's language; anything else is not ours to word. */
const answerError = (req: PayloadRequest, error: unknown): Response => {
  if (error instanceof AppError) return errorJsonResponse(error, langOfPayloadRequest(req))
  throw error
}

/** The link, its row and its audit entry are written together or not at all. */
async function inRequestTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * The creation's body: empty (every default), or a JSON object. Anything else is refused
 * before a link is made, so a garbled request never leaves a link behind.
 */
async function readBody(req: PayloadRequest): Promise<{ lang?: unknown } | Response> {
  const text = (await req.text?.()) ?? ''
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(req, 'invalid_json', wordsFor(req).invalidJson, 'body')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(req, 'invalid_body', wordsFor(req).invalidBody, 'body')
  return body as { lang?: unknown }
}

function itemOf(req: PayloadRequest): { collection: 'campaigns' | 'articles' | 'briefing-packs'; id: number } | Response {
  const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
  if (!isContentCollection(collection)) return refuse(req, 'unknown_collection', wordsFor(req).unknownCollection, 'collection')
  const numericId = parsePathId(id)
  if (numericId === null) return refuse(req, 'invalid_id', wordsFor(req).invalidId, 'id')
  return { collection, id: numericId }
}

/** `GET /api/preview-links/{collection}/{id}`: the item's shared preview links still in force, and how many hours a new one lasts. Staff only. */
export const listPreviewLinksEndpoint: Endpoint = {
  path: '/preview-links/:collection/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 'not_staff', wordsFor(req).notStaff)
    const item = itemOf(req)
    if (item instanceof Response) return item
    try {
      return Response.json({ links: await listPreviewLinks(req, item), hours: previewLinkHours() }, { headers: NO_STORE })
    } catch (error) {
      return answerError(req, error)
    }
  },
}

/**
 * `POST /api/preview-links/{collection}/{id}` with `{ "lang": "vi" | "en" }`: a new shared
 * link to the item's working copy. 201 `{ id, url, expiresAt }`; the URL holds the token and
 * is shown only in this answer. Staff who can read the item only.
 */
export const createPreviewLinkEndpoint: Endpoint = {
  path: '/preview-links/:collection/:id',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(req, 'not_staff', wordsFor(req).notStaff)
    const item = itemOf(req)
    if (item instanceof Response) return item
    const body = await readBody(req)
    if (body instanceof Response) return body
    const lang = body.lang ?? 'vi'
    if (!isLang(lang)) return refuse(req, 'invalid_body', wordsFor(req).invalidLang, 'lang')
    try {
      const created = await inRequestTransaction(req, () => createPreviewLink(req, { ...item, lang }))
      return Response.json(created, { status: 201, headers: NO_STORE })
    } catch (error) {
      return answerError(req, error)
    }
  },
}

/** `DELETE /api/preview-links/{linkId}`: revokes a shared link; it answers 410 from then on. Staff only. */
export const revokePreviewLinkEndpoint: Endpoint = {
  path: '/preview-links/:linkId',
  method: 'delete',
  handler: async (req) => {
    if (!req.user) return refuse(req, 'not_staff', wordsFor(req).notStaff)
    const linkId = parsePathId((req.routeParams as { linkId?: string } | undefined)?.linkId)
    if (linkId === null) return refuse(req, 'invalid_id', wordsFor(req).invalidLink, 'linkId')
    try {
      return Response.json(await inRequestTransaction(req, () => revokePreviewLink(req, linkId)), { headers: NO_STORE })
    } catch (error) {
      return answerError(req, error)
    }
  },
}

export const previewLinkEndpoints = [listPreviewLinksEndpoint, createPreviewLinkEndpoint, revokePreviewLinkEndpoint]
