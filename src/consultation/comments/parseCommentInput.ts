import { inBothLanguages } from '@/i18n/defineMessages'
import { commentRequestMessages } from '@/i18n/messages/commentRequests'
import { isPlausibleEmail } from '@/platform/email/normaliseEmail'
import type { Wording } from '@/platform/errors/appError'
import { formField } from '@/platform/http/formField'
import { COMMENT_MAX_CHARS, COMMENTER_GROUPS, isCommenterGroup, type CommenterGroup } from './commentVocabulary'

export type CommentInput = {
  name: string
  email: string
  group: CommenterGroup
  organisation: string | null
  text: string
  /** The clause's stable id and its number in the revision commented on; null for the whole code. */
  clause: { key: string; number: string } | null
  /** The hidden field only robots fill in. */
  honeypot: boolean
}

export type ParsedComment = { ok: true; value: CommentInput } | { ok: false; field: string; message: Wording }

type Clause = { key: string; number: string }

/** The field robots fill in and people never see. */
export const HONEYPOT_FIELD = 'website'

// Control characters other than tab and newline have no place in a comment.
// eslint-disable-next-line no-control-regex -- matches control characters on purpose
const clean = (value: unknown): string => formField(formField(value).replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''))
const fail = (field: string, pick: (messages: (typeof commentRequestMessages)['en']) => string): ParsedComment => ({
  ok: false,
  field,
  message: inBothLanguages(commentRequestMessages, pick),
})
const isConsent = (value: unknown): boolean => value === true || value === 'true' || value === 'on' || value === 'yes' || value === '1'

/**
 * Checks a comment from the API (JSON) or the site's form (strings), field by field,
 * against the clauses of the revision open for comment. Text stays as written: pages
 * escape it when they show it, so HTML in a comment is only ever text.
 */
export function parseCommentInput(body: unknown, clauses: Clause[]): ParsedComment {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fail('body', (m) => m.notAnObject)
  const input = body as Record<string, unknown>
  const honeypot = clean(input[HONEYPOT_FIELD]) !== ''

  const name = clean(input.name)
  if (!name) return fail('name', (m) => m.nameRequired)
  if (name.length > 200) return fail('name', (m) => m.nameTooLong)

  const email = clean(input.email).toLowerCase()
  if (!email) return fail('email', (m) => m.emailRequired)
  // The one e-mail rule is Payload's own, which stores the address: an address it would refuse
  // is refused here, with a 400 naming the field, rather than failing later as a server error.
  if (!isPlausibleEmail(email)) return fail('email', (m) => m.emailShape)

  if (!isCommenterGroup(input.group)) {
    return fail('group', (m) => m.groupRequired(COMMENTER_GROUPS.map((group) => group.value).join(', ')))
  }

  const organisation = clean(input.organisation)
  if (organisation.length > 200) return fail('organisation', (m) => m.organisationTooLong)

  const text = clean(input.text)
  if (!text) return fail('text', (m) => m.textEmpty)
  const length = [...text].length
  if (length > COMMENT_MAX_CHARS) return fail('text', (m) => m.textTooLong(length, COMMENT_MAX_CHARS))

  if (!isConsent(input.consent)) return fail('consent', (m) => m.consentRequired)

  // A clause sent as a number or an object must not quietly become a comment on the whole code.
  if (input.clause !== undefined && input.clause !== null && typeof input.clause !== 'string') {
    return fail('clause', (m) => m.clauseAsText)
  }
  const wanted = clean(input.clause)
  let clause: Clause | null = null
  if (wanted) {
    clause = clauses.find((item) => item.key === wanted || item.number === wanted) ?? null
    if (!clause) return fail('clause', (m) => m.noClause(wanted.slice(0, 40)))
  }

  return {
    ok: true,
    value: {
      name,
      email,
      group: input.group,
      organisation: organisation || null,
      text,
      clause: clause ? { key: clause.key, number: clause.number } : null,
      honeypot,
    },
  }
}
