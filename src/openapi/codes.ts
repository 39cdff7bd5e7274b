import { COMMENT_BODY_LIMIT_BYTES, COMMENT_LIMITS } from '@/consultation/comments/commentLimits'
import { COMMENT_MAX_CHARS, COMMENTER_GROUPS, DISPOSITIONS } from '@/consultation/comments/commentVocabulary'
import { HONEYPOT_FIELD } from '@/consultation/comments/parseCommentInput'
import { CODE_STATUSES } from '@/consultation/codeStatuses'

/** The codes-of-conduct endpoints: public (no key), read-only except for comments during a consultation. */

const ref = (kind: 'headers' | 'parameters' | 'responses' | 'schemas', name: string) => ({ $ref: `#/components/${kind}/${name}` })
const errorExample = (code: string, message: string, field?: string) => ({ value: { error: { code, message, ...(field ? { field } : {}) } } })
const errorContent = (examples: Record<string, unknown>) => ({ 'application/json': { schema: ref('schemas', 'Error'), examples } })

const Localized = {
  type: 'object',
  required: ['vi', 'en'],
  properties: { vi: { type: 'string' }, en: { type: 'string', description: 'The Vietnamese text stands in where no English was written.' } },
}
const WordOps = {
  type: 'array',
  description: 'Word-level changes: whole words with their diacritics, in order. Joining `equal` and `insert` gives the new text.',
  items: { type: 'object', required: ['op', 'text'], properties: { op: { type: 'string', enum: ['equal', 'insert', 'delete'] }, text: { type: 'string' } } },
}
const ClausePlace = {
  type: 'object',
  required: ['number', 'chapter', 'article', 'clause', 'heading'],
  properties: {
    number: { type: 'string', examples: ['I.1.2'] },
    chapter: { type: 'integer' },
    article: { type: 'integer' },
    clause: { type: 'integer' },
    heading: Localized,
  },
}

const CodeClause = {
  type: 'object',
  required: ['key', 'number', 'chapter', 'article', 'clause', 'heading', 'text', 'html'],
  properties: {
    key: { type: 'string', description: 'Stable id: the same in every revision, whatever the clause’s number.', examples: ['cl-3k9d0a1b'] },
    number: { type: 'string', description: 'Chapter (Roman), article (counted through the code), clause: `I.2.1`.', examples: ['I.2.1'] },
    chapter: { type: 'integer' },
    article: { type: 'integer' },
    clause: { type: 'integer' },
    heading: Localized,
    text: { ...Localized, description: 'Plain text.' },
    html: { ...Localized, description: 'The text as HTML.' },
  },
}

const CodeRevision = {
  type: 'object',
  description: 'A frozen revision: what was published, exactly as it was. Never includes the drafters’ internal rationale.',
  required: ['slug', 'revision', 'publishedAt', 'title', 'summary', 'status', 'changelog', 'chapters', 'links'],
  properties: {
    slug: { type: 'string' },
    revision: { type: 'string', examples: ['v0.2'] },
    publishedAt: { type: 'string', format: 'date-time' },
    title: Localized,
    summary: Localized,
    status: { type: 'string', enum: CODE_STATUSES.map((status) => status.value) },
    changelog: {
      type: 'array',
      items: {
        type: 'object',
        required: ['revision', 'note'],
        properties: { revision: { type: 'string' }, date: { type: ['string', 'null'] }, note: Localized },
      },
    },
    chapters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'number', 'roman', 'title', 'articles'],
        properties: {
          key: { type: 'string' },
          number: { type: 'integer' },
          roman: { type: 'string', examples: ['II'] },
          title: Localized,
          articles: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'number', 'title', 'clauses'],
              properties: {
                key: { type: 'string' },
                number: { type: 'integer' },
                title: Localized,
                clauses: { type: 'array', items: ref('schemas', 'CodeClause') },
              },
            },
          },
        },
      },
    },
    links: { type: 'object' },
  },
}

const RevisionSummary = {
  type: 'object',
  required: ['revision', 'publishedAt', 'href'],
  properties: {
    revision: { type: 'string' },
    status: { type: ['string', 'null'] },
    publishedAt: { type: 'string', format: 'date-time' },
    href: { type: 'string', format: 'uri' },
  },
}

const Code = {
  allOf: [
    ref('schemas', 'CodeRevision'),
    {
      type: 'object',
      required: ['consultation', 'revisions'],
      properties: {
        consultation: {
          type: ['object', 'null'],
          description: 'The open consultation, else the next one, else the last one; null when none was announced.',
          properties: {
            state: { type: 'string', enum: ['open', 'upcoming', 'closed'] },
            opensAt: { type: 'string', format: 'date-time' },
            closesAt: { type: 'string', format: 'date-time' },
          },
        },
        revisions: { type: 'array', items: ref('schemas', 'RevisionSummary') },
      },
    },
  ],
}

const RevisionDiff = {
  type: 'object',
  required: ['from', 'to', 'summary', 'clauses', 'titles'],
  properties: {
    from: { type: 'string' },
    to: { type: 'string' },
    summary: {
      type: 'object',
      properties: Object.fromEntries(['added', 'removed', 'changed', 'moved', 'renumbered', 'unchanged'].map((name) => [name, { type: 'integer' }])),
    },
    clauses: {
      type: 'array',
      description: 'Every clause, matched by stable id, in the new revision’s order; a removed clause follows the one that preceded it.',
      items: {
        type: 'object',
        required: ['key', 'status', 'moved', 'renumbered'],
        properties: {
          key: { type: 'string' },
          status: { type: 'string', enum: ['added', 'removed', 'changed', 'unchanged'] },
          moved: { type: 'boolean', description: 'Its order among the clauses both revisions share changed, or it went to another article.' },
          renumbered: { type: 'boolean' },
          from: ClausePlace,
          to: ClausePlace,
          heading: { type: 'object', properties: { vi: WordOps, en: WordOps } },
          text: { type: 'object', properties: { vi: WordOps, en: WordOps } },
        },
      },
    },
    titles: {
      type: 'array',
      items: { type: 'object', properties: { key: { type: 'string' }, level: { type: 'string', enum: ['chapter', 'article'] }, title: { type: 'object' } } },
    },
  },
}

const CommentRequest = {
  type: 'object',
  required: ['name', 'email', 'group', 'text', 'consent'],
  properties: {
    name: { type: 'string', maxLength: 200, description: 'Never published, never in any API, feed or export.' },
    email: { type: 'string', maxLength: 254, description: 'Never published, never in any API, feed or export.' },
    group: {
      type: 'string',
      enum: COMMENTER_GROUPS.map((group) => group.value),
      description: 'Who the commenter is; the consultation report counts comments by group.',
    },
    organisation: { type: ['string', 'null'], maxLength: 200 },
    text: {
      type: 'string',
      maxLength: COMMENT_MAX_CHARS,
      description: `At most ${COMMENT_MAX_CHARS} characters. Kept and shown as plain text: HTML is never run.`,
    },
    consent: { type: 'boolean', const: true, description: 'Consent to the comment (not the name or email) being published and answered in public.' },
    clause: {
      type: ['string', 'null'],
      description: 'The clause commented on, by stable id or by number in the current revision (`I.1.2`); none for the whole code.',
    },
    [HONEYPOT_FIELD]: { type: 'string', description: 'Leave empty. A request that fills it in is answered 202 and discarded.' },
  },
  examples: [
    {
      name: 'Trần Thị Bình',
      email: 'binh@example.vn',
      group: 'parent',
      organisation: null,
      text: 'Đề nghị bổ sung quy định về thời gian sử dụng mạng của trẻ em.',
      consent: true,
      clause: 'I.1.2',
    },
  ],
}

const CommentAccepted = {
  type: 'object',
  required: ['status', 'clause', 'message'],
  properties: {
    status: { type: 'string', const: 'pending' },
    clause: { type: ['string', 'null'], description: 'The clause number commented on.' },
    message: { type: 'string' },
  },
}

const PublicComment = {
  type: 'object',
  description: 'A published comment. Who wrote it (name, email) is never included.',
  required: ['id', 'clauseKey', 'clauseNumber', 'revision', 'group', 'text', 'createdAt', 'answer'],
  properties: {
    id: { type: 'integer' },
    clauseKey: { type: ['string', 'null'] },
    clauseNumber: { type: ['string', 'null'] },
    revision: { type: 'string', description: 'The revision commented on.' },
    group: { type: 'string', enum: COMMENTER_GROUPS.map((group) => group.value) },
    organisation: { type: ['string', 'null'] },
    text: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    answer: {
      type: ['object', 'null'],
      properties: {
        disposition: { type: 'string', enum: DISPOSITIONS.map((item) => item.value) },
        reply: Localized,
        linkedRevision: { type: ['string', 'null'] },
        linkedClauses: { type: 'array', items: { type: 'string' }, description: 'Numbers of the clauses changed in `linkedRevision`.' },
        answeredAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
  },
}

export const codeSchemas = { CodeClause, CodeRevision, Code, RevisionSummary, RevisionDiff, CommentRequest, CommentAccepted, PublicComment }

const slugParameter = { name: 'slug', in: 'path', required: true, description: 'The code’s slug.', schema: { type: 'string', pattern: '^[a-z0-9-]+$' } }
const CACHED = { ETag: ref('headers', 'ETag'), 'Last-Modified': ref('headers', 'Last-Modified'), 'Cache-Control': ref('headers', 'Cache-Control') }
const CONDITIONAL = [ref('parameters', 'If-None-Match'), ref('parameters', 'If-Modified-Since')]
const NOT_FOUND = {
  description: 'No published code with this slug, or no such revision (`not_found`, with `field`).',
  content: errorContent({ code: errorExample('not_found', 'No published code of conduct "bo-quy-tac".', 'slug') }),
}

const read = (operationId: string, summary: string, description: string, schema: string, extra: Record<string, unknown> = {}) => ({
  get: {
    operationId,
    summary,
    description,
    tags: ['Codes of conduct'],
    security: [],
    parameters: [slugParameter, ...((extra.parameters as unknown[]) ?? []), ...CONDITIONAL],
    responses: {
      '200': { description: summary, headers: CACHED, content: { 'application/json': { schema: ref('schemas', schema) } } },
      '304': ref('responses', 'NotModified'),
      ...((extra.responses as Record<string, unknown>) ?? {}),
      '404': NOT_FOUND,
      '500': ref('responses', 'ServerError'),
    },
  },
})

const revisionParam = (name: string, where: 'path' | 'query', description: string) => ({
  name,
  in: where,
  required: true,
  description,
  schema: { type: 'string', examples: ['v0.1'] },
})

export const codePaths = {
  '/api/v1/codes/{slug}': read(
    'getCode',
    'The current published revision of a code, with its clauses',
    'The latest frozen revision in both languages, where its consultation stands, and every revision.',
    'Code',
  ),
  '/api/v1/codes/{slug}/revisions': read('listCodeRevisions', 'Every frozen revision of a code', 'Oldest first.', 'RevisionList'),
  '/api/v1/codes/{slug}/revisions/{revision}': read(
    'getCodeRevision',
    'One frozen revision',
    'Exactly as it was published. An unknown revision answers 404 (field `revision`).',
    'CodeRevision',
    {
      parameters: [revisionParam('revision', 'path', 'The revision label.')],
    },
  ),
  '/api/v1/codes/{slug}/diff': read(
    'diffCodeRevisions',
    'What changed between two revisions',
    'Clauses are matched by stable id: added, removed, moved (out of their order or into another article), renumbered and changed, with word-level changes per language. Vietnamese words are compared whole, with their diacritics.',
    'RevisionDiff',
    {
      parameters: [revisionParam('from', 'query', 'The earlier revision label.'), revisionParam('to', 'query', 'The later revision label.')],
      responses: {
        '400': {
          description: '`from` or `to` is missing (`invalid_parameter`, with `field`).',
          content: errorContent({ missing: errorExample('invalid_parameter', 'Give a revision label in from, such as v0.2.', 'from') }),
        },
      },
    },
  ),
  '/api/v1/codes/{slug}/comments': {
    get: {
      operationId: 'listCodeComments',
      summary: 'Published comments and their answers',
      description:
        'Comments an editor has published, oldest first, with the answer ("you said, we did") where there is one. Who wrote a comment is never included.',
      tags: ['Codes of conduct'],
      security: [],
      parameters: [slugParameter],
      responses: {
        '200': { description: 'The published comments.', content: { 'application/json': { schema: ref('schemas', 'CommentList') } } },
        '404': NOT_FOUND,
        '500': ref('responses', 'ServerError'),
      },
    },
    post: {
      operationId: 'commentOnCode',
      summary: 'Comment on a code, or one clause, during its consultation',
      description: `Anyone may comment while a consultation is open: no key. Comments wait for moderation and are published, without the name or email, under their clause.

**Limits.** ${COMMENT_LIMITS.perIpPerHour} comments an hour from one client address (then \`429\` with \`Retry-After\`); bodies over ${COMMENT_BODY_LIMIT_BYTES / 1024} KB get \`413\`. A comment the same as, or nearly the same as, one already received on the code gets \`409\` (\`duplicate_comment\`).`,
      tags: ['Codes of conduct'],
      security: [],
      parameters: [slugParameter],
      requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'CommentRequest') } } },
      responses: {
        '202': {
          description: 'Received; waiting for moderation.',
          headers: { 'Cache-Control': ref('headers', 'Cache-Control-NoStore') },
          content: { 'application/json': { schema: ref('schemas', 'CommentAccepted') } },
        },
        '400': {
          description:
            'A field is missing or wrong (`invalid_parameter`, with `field`): text over the limit, an unknown clause, no consent, a malformed email, a body that is not JSON.',
          content: errorContent({
            tooLong: errorExample('invalid_parameter', `The comment is 5012 characters long; the limit is ${COMMENT_MAX_CHARS}.`, 'text'),
            clause: errorExample('invalid_parameter', 'No clause "IX.9.9" in the revision open for comment.', 'clause'),
            consent: errorExample('invalid_parameter', 'Tick the consent box.', 'consent'),
          }),
        },
        '404': NOT_FOUND,
        '409': {
          description:
            'The consultation is not open (`consultation_closed`, the message gives its dates), or the comment duplicates an earlier one (`duplicate_comment`).',
          content: errorContent({
            closed: errorExample(
              'consultation_closed',
              'The consultation is closed: it runs from 1 December 2026 at 08:00 to 31 December 2026 at 17:00 (Viet Nam time).',
            ),
          }),
        },
        '413': { description: 'The body is too large (`payload_too_large`).', content: errorContent({}) },
        '429': {
          description: 'Too many comments from this client address (`rate_limited`).',
          headers: { 'Retry-After': ref('headers', 'Retry-After') },
          content: errorContent({}),
        },
        '500': ref('responses', 'ServerError'),
      },
    },
  },
}

export const codeListSchemas = {
  RevisionList: {
    type: 'object',
    required: ['slug', 'revisions'],
    properties: { slug: { type: 'string' }, revisions: { type: 'array', items: ref('schemas', 'RevisionSummary') } },
  },
  CommentList: {
    type: 'object',
    required: ['slug', 'revision', 'comments'],
    properties: { slug: { type: 'string' }, revision: { type: 'string' }, comments: { type: 'array', items: ref('schemas', 'PublicComment') } },
  },
}
