import type { Payload } from 'payload'

import { AppError } from '@/platform/errors/appError'
import { inBothLanguages } from '@/i18n/defineMessages'
import { apiRefusalMessages } from '@/i18n/messages/apiRefusals'
import { commentRequestMessages } from '@/i18n/messages/commentRequests'
import { renderedBody, respondCached } from '@/platform/http/httpCaching'
import { clientIpOf } from '@/platform/http/clientAddress'
import { readLimitedText } from '@/platform/http/readLimitedText'
import { COMMENT_BODY_LIMIT_BYTES } from '../comments/commentLimits'
import { loadPublishedComments } from '../comments/loadPublishedComments'
import { submitComment } from '../comments/submitComment'
import { diffRevisions } from '../diff/diffRevisions'
import { loadCodeView, type CodeView } from '../loadCodeView'
import { codeResource, commentsResource, revisionResource, revisionSummary } from './codeResources'
import { langOfRequest } from '@/i18n/lang'

// Published codes change rarely and a stale minute is harmless; the ETag makes revalidation cheap.
const CACHE = 'public, max-age=60'

function json(request: Request, body: unknown, lastModified: string): Response {
  return respondCached(request, renderedBody(JSON.stringify(body), new Date(lastModified), 'application/json; charset=utf-8'), CACHE)
}

async function viewOf(payload: Payload, slug: string, now?: Date): Promise<CodeView> {
  const view = await loadCodeView(payload, slug, now)
  if (!view)
    throw new AppError(
      'not_found',
      inBothLanguages(apiRefusalMessages, (m) => m.noCode(slug.slice(0, 100))),
      { field: 'slug' },
    )
  return view
}

function revisionOf(view: CodeView, label: string | null, field: string) {
  if (!label)
    throw new AppError(
      'invalid_parameter',
      inBothLanguages(apiRefusalMessages, (m) => m.giveRevision(field, view.current.revision)),
      { field },
    )
  const revision = view.revisions.find((item) => item.revision === label)
  if (!revision) {
    throw new AppError(
      'not_found',
      inBothLanguages(apiRefusalMessages, (m) => m.noRevision(label.slice(0, 40), view.code.slug, view.revisions.map((item) => item.revision).join(', '))),
      { field },
    )
  }
  return revision
}

/** `GET /api/v1/codes/{slug}`: the current published revision with its clauses. */
export async function handleCode(payload: Payload, request: Request, slug: string): Promise<Response> {
  const view = await viewOf(payload, slug)
  return json(request, codeResource(view), view.current.publishedAt)
}

/** `GET /api/v1/codes/{slug}/revisions`: every frozen revision, oldest first. */
export async function handleRevisions(payload: Payload, request: Request, slug: string): Promise<Response> {
  const view = await viewOf(payload, slug)
  return json(request, { slug, revisions: view.revisions.map((revision) => revisionSummary(slug, revision)) }, view.current.publishedAt)
}

/** `GET /api/v1/codes/{slug}/revisions/{revision}`: one frozen revision; 404 for an unknown one. */
export async function handleRevision(payload: Payload, request: Request, slug: string, label: string): Promise<Response> {
  const view = await viewOf(payload, slug)
  const revision = revisionOf(view, label, 'revision')
  return json(request, revisionResource(slug, revision), revision.publishedAt)
}

/** `GET /api/v1/codes/{slug}/diff?from=&to=`: clauses added, removed, moved and changed, with word-level changes. */
export async function handleDiff(payload: Payload, request: Request, slug: string): Promise<Response> {
  const view = await viewOf(payload, slug)
  const params = new URL(request.url).searchParams
  const from = revisionOf(view, params.get('from'), 'from')
  const to = revisionOf(view, params.get('to'), 'to')
  const later = from.publishedAt > to.publishedAt ? from : to
  return json(request, diffRevisions(from.snapshot, to.snapshot), later.publishedAt)
}

/** `GET /api/v1/codes/{slug}/comments`: the published comments and their answers; never who wrote them. */
export async function handleListComments(payload: Payload, request: Request, slug: string): Promise<Response> {
  const view = await viewOf(payload, slug)
  const comments = await loadPublishedComments(payload, view.code.id)
  return new Response(JSON.stringify(commentsResource(view, comments)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=30' },
  })
}

/**
 * `POST /api/v1/codes/{slug}/comments`: a comment on the whole code or one clause. 202 when
 * accepted for moderation; 400 naming the field; 404 unknown code; 409 outside the
 * consultation or a near-duplicate; 413 over 64 KB; 429 over the hourly limit per address.
 */
export async function handlePostComment(payload: Payload, request: Request, slug: string, options: { now?: Date; body?: unknown } = {}): Promise<Response> {
  const now = options.now ?? new Date()
  // One clock for the whole request: the consultation window and the hourly limit are judged at the same moment.
  const view = await viewOf(payload, slug, now)
  let body = options.body
  if (body === undefined) {
    const text = await readLimitedText(request, COMMENT_BODY_LIMIT_BYTES)
    if (text === null)
      throw new AppError(
        'payload_too_large',
        inBothLanguages(commentRequestMessages, (m) => m.tooLarge(COMMENT_BODY_LIMIT_BYTES / 1024)),
        { field: 'body' },
      )
    try {
      body = JSON.parse(text)
    } catch {
      throw new AppError(
        'invalid_parameter',
        inBothLanguages(commentRequestMessages, (m) => m.notJson),
        { field: 'body' },
      )
    }
  }
  const accepted = await submitComment({ payload, view, body, ip: clientIpOf(request), now, lang: langOfRequest(request) })
  return Response.json(
    { status: accepted.status, clause: accepted.clause, message: accepted.message },
    { status: 202, headers: { 'Cache-Control': 'no-store' } },
  )
}
