import { MAX_WEBHOOK_ATTEMPTS } from '@/delivery/webhooks/backoff'
import { SIGNATURE_HEADER } from '@/delivery/webhooks/signWebhook'

/** The top-level `webhooks` of the document: what `sendDueWebhooks` posts to an agency's URL. */

const EVENTS = {
  itemPublished: {
    event: 'item.published',
    summary: 'An item is new to your agency',
    description:
      'A new item, or one withdrawn earlier and published again. Trusted agencies hear of an embargoed item at once, with `embargoedUntil`; ' +
      'other agencies hear of it when the embargo passes.',
  },
  itemUpdated: {
    event: 'item.updated',
    summary: 'A new version of an item your agency already has',
    description:
      'Replace your copy with `item`: its `version` is higher than the one you hold. When its editors marked it a major update, `item.edNote` says what changed: ' +
      'tell your readers, as a correction.',
  },
  itemWithdrawn: {
    event: 'item.withdrawn',
    summary: 'An item was withdrawn',
    description:
      'Take the item down. `item.pubStatus` is `canceled`, and `item.edNote` gives the public reason for the withdrawal (when one was given). ' +
      'Only agencies for whom the item was live are told.',
  },
} as const

const DELIVERY =
  'Sent to the webhook URL of every active agency that may see the item (an agency limited to other content types gets nothing). ' +
  `The body is JSON; verify \`${SIGNATURE_HEADER}\` against the exact bytes received before parsing them. ` +
  `Any 2xx answer within 10 seconds acknowledges the delivery. Anything else (another status, a redirect, which is never followed, a timeout or a network error) ` +
  `is retried with exponential backoff, waiting 1, 2, 4, 8, 16 and 32 minutes: ${MAX_WEBHOOK_ATTEMPTS} attempts over about an hour, then the delivery is given up ` +
  '(the items API still has the change). A delivery can, rarely, arrive twice: use `X-Newsroom-Delivery` to recognise it.'

const operation = (key: keyof typeof EVENTS) => {
  const { event, summary, description } = EVENTS[key]
  return {
    post: {
      operationId: key,
      summary,
      description: `${description}\n\n${DELIVERY}`,
      security: [],
      parameters: [
        {
          name: SIGNATURE_HEADER,
          in: 'header',
          required: true,
          description:
            '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with your agency’s webhook secret>`. Recompute the HMAC over the timestamp, a dot and the raw body, ' +
            'compare in constant time, and refuse a `t` more than 5 minutes from now so that a captured delivery cannot be replayed. ' +
            'While a secret is being rotated the header may carry several `v1=` values; accept the delivery if any matches.',
          schema: {
            type: 'string',
            pattern: '^t=\\d+(,v1=[0-9a-f]{64})+$',
            examples: ['t=1764664200,v1=9c1185a5c5e9fc54612808977ee8f548b2258d31d5a0a7ed7b36b1bc7d8d5a0f'],
          },
        },
        { name: 'X-Newsroom-Event', in: 'header', required: true, description: 'The event, as in the body.', schema: { type: 'string', const: event } },
        {
          name: 'X-Newsroom-Delivery',
          in: 'header',
          required: true,
          description: 'The id of this delivery; the same on every retry of it.',
          schema: { type: 'string', pattern: '^\\d+$' },
        },
      ],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { allOf: [{ $ref: '#/components/schemas/WebhookEvent' }, { properties: { event: { const: event } } }] },
          },
        },
      },
      responses: {
        '2XX': { description: 'Received. The body of the answer is ignored.' },
        default: { description: 'Not received: the delivery is tried again later.' },
      },
    },
  }
}

export const webhooks = {
  itemPublished: operation('itemPublished'),
  itemUpdated: operation('itemUpdated'),
  itemWithdrawn: operation('itemWithdrawn'),
}
