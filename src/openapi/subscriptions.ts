import { CONTENT_TYPES } from '@/content/contentTypes'
import { FREQUENCIES } from '@/subscriptions/constants'
import { subscribeAccepted, SUBSCRIBE_BODY_LIMIT_BYTES, SUBSCRIBE_LIMITS } from '@/subscriptions/http/subscribeLimits'

/** `POST /api/v1/subscriptions`: the email sign-up, documented beside the agency API it shares errors with. */

const ref = (kind: 'headers' | 'responses' | 'schemas', name: string) => ({ $ref: `#/components/${kind}/${name}` })

const SLUG = { type: 'string', maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }
const slugList = (description: string) => ({ type: ['array', 'null'], description, maxItems: 50, items: SLUG })
const freeText = (description: string) => ({
  type: ['string', 'null'],
  description: `${description} Line breaks and control characters become spaces; at most 120 characters once trimmed.`,
})

const SubscribeRequest = {
  type: 'object',
  required: ['email', 'locale', 'frequency'],
  properties: {
    email: {
      type: 'string',
      maxLength: 254,
      description: 'The address to subscribe. Compared without case and surrounding space: `ANH@Bao.VN` and `anh@bao.vn` are one subscriber.',
      examples: ['anh@bao.vn'],
    },
    name: freeText('How to greet the subscriber.'),
    outlet: freeText('The newsroom the subscriber works for.'),
    locale: { type: 'string', enum: ['vi', 'en'], description: 'The language of the mails: Vietnamese or English.' },
    frequency: { type: 'string', enum: [...FREQUENCIES], description: '`immediate`: one mail per item as it is published; `daily` or `weekly`: a digest.' },
    topics: slugList('Topic slugs to follow; none or empty: every topic. An unknown slug is refused (`invalid_parameter`, field `topics`).'),
    campaigns: slugList('Slugs of published campaigns to follow; none or empty: every campaign. An unknown slug is refused (field `campaigns`).'),
    contentTypes: {
      type: ['array', 'null'],
      description: 'Content types to hear about; none or empty: every type.',
      items: { type: 'string', enum: [...CONTENT_TYPES] },
    },
  },
  examples: [
    {
      email: 'anh@bao.vn',
      name: 'Nguyễn Văn Anh',
      outlet: 'Báo VietNamNet',
      locale: 'vi',
      frequency: 'daily',
      topics: ['an-toan-tren-mang'],
      contentTypes: ['article', 'briefing-pack'],
    },
  ],
}

const SubscribeAccepted = {
  type: 'object',
  required: ['status', 'message'],
  properties: {
    status: { type: 'string', const: subscribeAccepted('en').status },
    message: {
      type: 'string',
      description: 'The same for every accepted request, in the language of `Accept-Language`.',
      example: subscribeAccepted('en').message,
    },
  },
}

export const subscriptionSchemas = { SubscribeRequest, SubscribeAccepted }

const errorExample = (code: string, message: string, field?: string) => ({ value: { error: { code, message, ...(field ? { field } : {}) } } })

export const subscribeOperation = {
  operationId: 'subscribe',
  summary: 'Subscribe an email address to the programme’s mail (double opt-in)',
  description: `Anyone may subscribe: no API key. The address receives a mail with a link to confirm, valid for seven days; nothing is sent to it before it is confirmed. Every mail carries a link to change the preferences and a one-click unsubscribe (RFC 8058).

**No enumeration.** Every accepted request gets the same \`202\`, whether the address is new, waiting for confirmation or already subscribed. An address that is already subscribed gets a note with a link to its preferences instead of a new confirmation; nothing about it changes.

**Limits.** ${SUBSCRIBE_LIMITS.perIpPerHour} requests an hour from one client address and ${SUBSCRIBE_LIMITS.perAddressPerHour} an hour for one email address, shared by every instance; past them the answer is \`429\` with \`Retry-After\`. Bodies over ${SUBSCRIBE_BODY_LIMIT_BYTES / 1024} KB are refused with \`413\`.`,
  tags: ['Subscriptions'],
  security: [],
  requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'SubscribeRequest') } } },
  responses: {
    '202': {
      description: 'Accepted. If the address can receive mail, a message is on its way. The same answer whatever the state of the address.',
      headers: { 'Cache-Control': ref('headers', 'Cache-Control-NoStore') },
      content: { 'application/json': { schema: ref('schemas', 'SubscribeAccepted') } },
    },
    '400': {
      description:
        'The body is not JSON, or a field is wrong (`invalid_parameter`, with `field`): a malformed address, an unknown locale or frequency, a malformed or unknown topic or campaign slug.',
      headers: { 'Cache-Control': ref('headers', 'Cache-Control-NoStore') },
      content: {
        'application/json': {
          schema: ref('schemas', 'Error'),
          examples: {
            email: errorExample('invalid_parameter', '`email` must be an email address such as ten@bao.vn.', 'email'),
            unknownTopic: errorExample('invalid_parameter', 'Unknown topic "an-ninh".', 'topics'),
            notJson: errorExample(
              'invalid_parameter',
              'The body is not valid JSON: send an object such as {"email":"ten@bao.vn","locale":"vi","frequency":"daily"}.',
              'body',
            ),
          },
        },
      },
    },
    '413': {
      description: `The body is over ${SUBSCRIBE_BODY_LIMIT_BYTES / 1024} KB (\`payload_too_large\`).`,
      headers: { 'Cache-Control': ref('headers', 'Cache-Control-NoStore') },
      content: {
        'application/json': { schema: ref('schemas', 'Error'), examples: { tooLarge: errorExample('payload_too_large', 'The body is larger than 10 KB.') } },
      },
    },
    '429': {
      description: 'Too many requests from this client address or for this email address in the last hour (`rate_limited`).',
      headers: { 'Retry-After': ref('headers', 'Retry-After'), 'Cache-Control': ref('headers', 'Cache-Control-NoStore') },
      content: {
        'application/json': {
          schema: ref('schemas', 'Error'),
          examples: {
            rateLimited: errorExample('rate_limited', 'Too many subscription requests for this email address in the last hour. Retry after 1800 s.'),
          },
        },
      },
    },
    '500': ref('responses', 'ServerError'),
  },
}
