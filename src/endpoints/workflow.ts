import type { Endpoint, PayloadRequest } from 'payload'

import { messagesIn } from '../i18n/defineMessages'
import { langOfPayloadRequest } from '../i18n/lang'
import { workflowMessages } from '../i18n/messages/workflow'

import { parsePathId } from '../platform/http/pathId'
import { isWorkflowCollection } from '@/content/contentCollections'
import { describeWorkflowState } from '../workflow/describeWorkflowState'
import { kickWebhooks } from '../delivery/webhooks/kickWebhooks'
import { kickMail } from '../email/kickMail'
import { runWorkflowAction } from '../workflow/runWorkflowAction'
import { AppError, errorJsonResponse, type ErrorCode } from '@/platform/errors/appError'

const error = (code: ErrorCode, message: string, options: { field?: string; details?: Record<string, unknown> } = {}) =>
  errorJsonResponse(new AppError(code, message, options))

const wordsFor = (req: PayloadRequest) => messagesIn(workflowMessages, langOfPayloadRequest(req))

const invalidId = (req: PayloadRequest, id: string | undefined) => error('invalid_id', wordsFor(req).invalidId(String(id).slice(0, 40)), { field: 'id' })

/**
 * `POST /api/workflow/{collection}/{id}` with `{ "action", "comment"?, "publishAt"? }`.
 * 200 `{ live, working, stage, publishAt, unpublishAt, allowedActions }`; 400 bad id or body (naming the field); 401/403 not allowed;
 * 404 unknown collection or id; 409 wrong stage (naming it and the allowed actions) or
 * the safeguarding gate (listing the media). Errors are `{ error: { code, message, … } }`.
 */
export const workflowEndpoint: Endpoint = {
  path: '/workflow/:collection/:id',
  method: 'post',
  handler: async (req) => {
    const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
    if (!isWorkflowCollection(collection)) {
      return error('unknown_collection', wordsFor(req).unknownCollection(String(collection).slice(0, 40)))
    }
    const numericId = parsePathId(id)
    if (numericId === null) return invalidId(req, id)

    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return error('invalid_json', wordsFor(req).invalidJson)
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return error('invalid_body', wordsFor(req).invalidBody, { field: 'action' })
    }
    const outcome = await runWorkflowAction({ req, collection, id: numericId, body: body as Record<string, unknown> })
    if (!outcome.ok) {
      const { ok: _ok, status: _status, code, message, field, ...details } = outcome
      return error(code, message, { field, details })
    }
    const { ok: _ok, ...result } = outcome
    // Publishing or withdrawing wrote webhook and mail rows: send them now, not at the next cron.
    const action = (body as { action?: unknown }).action
    if (action === 'publish' || action === 'withdraw') {
      kickWebhooks(req.payload)
      kickMail(req.payload)
    }
    return Response.json({ id: numericId, collection, ...result })
  },
}

/** `GET /api/workflow/{collection}/{id}`: stage, the caller's allowed actions and the history. Staff only. */
export const workflowStateEndpoint: Endpoint = {
  path: '/workflow/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
    if (!isWorkflowCollection(collection)) return error('unknown_collection', wordsFor(req).unknownCollection(String(collection).slice(0, 40)))
    if (!req.user) return error('not_staff', wordsFor(req).notStaff)
    const numericId = parsePathId(id)
    if (numericId === null) return invalidId(req, id)
    const state = await describeWorkflowState(req, collection, numericId)
    if (!state) return error('not_found', wordsFor(req).notFound(collection, String(id)))
    return Response.json(state, { headers: { 'Cache-Control': 'no-store' } })
  },
}
