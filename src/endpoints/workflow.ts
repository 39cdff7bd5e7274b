import type { Endpoint } from 'payload'

import { parsePathId } from '../platform/http/pathId'
import { isWorkflowCollection } from '../workflow/contentCollections'
import { describeWorkflowState } from '../workflow/describeWorkflowState'
import { kickWebhooks } from '../delivery/webhooks/kickWebhooks'
import { kickMail } from '../email/kickMail'
import { runWorkflowAction } from '../workflow/runWorkflowAction'

const error = (status: number, body: Record<string, unknown>) => Response.json({ error: body }, { status })

const invalidId = (id: string | undefined) =>
  error(400, { code: 'invalid_id', field: 'id', message: `The id must be a whole number from 1 to 2147483647, not "${String(id).slice(0, 40)}".` })

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
      return error(404, { code: 'unknown_collection', message: `No workflow for "${collection}": use campaigns, articles, briefing-packs or conduct-codes.` })
    }
    const numericId = parsePathId(id)
    if (numericId === null) return invalidId(id)

    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return error(400, { code: 'invalid_json', message: 'The body must be a JSON object such as {"action":"submit"}.' })
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return error(400, { code: 'invalid_body', field: 'action', message: 'The body must be a JSON object with an action.' })
    }
    const outcome = await runWorkflowAction({ req, collection, id: numericId, body: body as Record<string, unknown> })
    if (!outcome.ok) {
      const { ok: _ok, status, ...rest } = outcome
      return error(status, rest)
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
    if (!isWorkflowCollection(collection)) return error(404, { code: 'unknown_collection', message: `No workflow for "${collection}".` })
    if (!req.user) return error(401, { code: 'not_staff', message: 'Sign in as newsroom staff to use the workflow.' })
    const numericId = parsePathId(id)
    if (numericId === null) return invalidId(id)
    const state = await describeWorkflowState(req, collection, numericId)
    if (!state) return error(404, { code: 'not_found', message: `No ${collection} item with id ${id}.` })
    return Response.json(state, { headers: { 'Cache-Control': 'no-store' } })
  },
}
