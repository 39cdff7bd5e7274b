import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { AppError } from '@/platform/errors/appError'
import { poolOf } from '@/db/sql'
import { countRequest } from '@/platform/http/countRequest'
import { formatWindow } from '../consultations/formatWindow'
import { flattenClauses } from '../diff/diffRevisions'
import type { CodeView } from '../loadCodeView'
import { COMMENT_LIMITS, DUPLICATE_LOOKBACK } from './commentLimits'
import { isNearDuplicate } from './nearDuplicate'
import { parseCommentInput } from './parseCommentInput'
import { inBothLanguages, messagesIn } from '@/i18n/defineMessages'
import { commentRequestMessages } from '@/i18n/messages/commentRequests'
import type { Lang } from '@/i18n/lang'
import { rateLimitMessages } from '@/i18n/messages/rateLimits'

export type SubmittedComment = { status: 'pending'; clause: string | null; message: string; id?: number }

type Args = { payload: Payload; view: CodeView; body: unknown; ip: string; now: Date; lang: Lang }

function refuseOutsideWindow(view: CodeView): never {
  const { consultation } = view
  if (consultation.state === 'none')
    throw new AppError(
      'consultation_closed',
      inBothLanguages(commentRequestMessages, (m) => m.notAnnounced),
    )
  const window = consultation.consultation
  const iso = `${window.opensAt} – ${window.closesAt}`
  const upcoming = consultation.state === 'upcoming'
  throw new AppError('consultation_closed', {
    vi: (upcoming ? commentRequestMessages.vi.notOpenYet : commentRequestMessages.vi.closed)(formatWindow(window, 'vi'), iso),
    en: (upcoming ? commentRequestMessages.en.notOpenYet : commentRequestMessages.en.closed)(formatWindow(window, 'en'), iso),
  })
}

// The address is kept only as a keyed hash, enough to spot one sender flooding a consultation.
const hashIp = (ip: string): string =>
  crypto
    .createHmac('sha256', process.env.PAYLOAD_SECRET ?? 'newsroom')
    .update(ip)
    .digest('hex')
    .slice(0, 32)

/**
 * One comment from the public, from the API or the site's form. In order: the rate limit
 * per client address, the consultation window (409 outside it), the fields (400 naming
 * the field), the honeypot (accepted in appearance, never stored), near-duplicates of
 * earlier comments on the same code (409), then the comment is stored as `pending`.
 */
export async function submitComment({ payload, view, body, ip, now, lang }: Args): Promise<SubmittedComment> {
  const counted = await countRequest(payload, `comment-ip:${ip}`, COMMENT_LIMITS.perIpPerHour, 3600, now.getTime())
  if (!counted.ok) {
    throw new AppError('rate_limited', messagesIn(rateLimitMessages, lang).commentNetwork(counted.retryAfterSeconds), {
      headers: { 'Retry-After': String(counted.retryAfterSeconds) },
    })
  }
  if (view.consultation.state !== 'open') refuseOutsideWindow(view)

  const parsed = parseCommentInput(body, flattenClauses(view.current.snapshot))
  if (!parsed.ok) throw new AppError('invalid_parameter', parsed.message, { field: parsed.field })
  const input = parsed.value
  if (input.honeypot) return { status: 'pending', clause: input.clause?.number ?? null, message: messagesIn(commentRequestMessages, lang).accepted }

  const { rows } = await poolOf(payload).query<{ text: string }>('SELECT text FROM code_comments WHERE code_id = $1 ORDER BY created_at DESC LIMIT $2', [
    view.code.id,
    DUPLICATE_LOOKBACK,
  ])
  if (rows.some((row) => isNearDuplicate(row.text, input.text))) {
    throw new AppError(
      'duplicate_comment',
      inBothLanguages(commentRequestMessages, (m) => m.duplicate),
      { field: 'text' },
    )
  }

  const created = await payload.create({
    collection: 'code-comments',
    data: {
      code: view.code.id,
      consultation: view.consultation.consultation.id,
      revision: view.current.revision,
      clauseKey: input.clause?.key ?? null,
      clauseNumber: input.clause?.number ?? null,
      name: input.name,
      email: input.email,
      group: input.group,
      organisation: input.organisation,
      text: input.text,
      consent: true,
      status: 'pending',
      ipHash: hashIp(ip),
    },
    context: { acceptingPublicComment: true },
    depth: 0,
    overrideAccess: false,
  })
  return { status: 'pending', clause: input.clause?.number ?? null, message: messagesIn(commentRequestMessages, lang).accepted, id: created.id }
}
