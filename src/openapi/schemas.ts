import { CONTENT_TYPES } from '@/content/contentTypes'
import { codeListSchemas, codeSchemas } from './codes'
import { subscriptionSchemas } from './subscriptions'
import { LANGS } from '@/i18n/lang'

/**
 * JSON Schemas (2020-12) of what the delivery API sends: they mirror `ninjs/types.ts`
 * and `renderNinjs.ts`, and the unit test validates real renderer output against them.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

const text = (description: string) => ({
  type: 'array',
  description,
  items: {
    type: 'object',
    required: ['value'],
    properties: {
      role: { type: 'string', examples: ['main', 'summary', 'caption'] },
      contentType: { type: 'string', examples: ['text/plain', 'text/html'] },
      value: { type: 'string' },
    },
  },
})

const NinjsRendition = {
  type: 'object',
  description: 'One file of a picture or document. `original` is the uploaded file; the others are resized copies.',
  required: ['name', 'href'],
  properties: {
    name: { type: 'string', examples: ['original', 'thumbnail', 'card'] },
    href: { type: 'string', format: 'uri', description: 'An absolute URL.' },
    contentType: { type: 'string', examples: ['image/jpeg', 'application/pdf'] },
    width: { type: 'integer', minimum: 0 },
    height: { type: 'integer', minimum: 0 },
    sizeInBytes: { type: 'integer', minimum: 0 },
  },
}

const NinjsAssociation = {
  type: 'object',
  description:
    'A picture (`image1`, `image2`, …: the hero image first), a document (`document1`, …) with its renditions, credit and terms, ' +
    'or, for articles and briefing packs, the `campaign` they belong to (its `uri` is the campaign item in the same language).',
  required: ['name', 'uri', 'type'],
  properties: {
    name: { type: 'string', pattern: '^(image\\d+|document\\d+|campaign)$' },
    uri: { type: 'string', format: 'uri', examples: ['urn:newsroom:media:17', 'urn:newsroom:campaign:3:vi'] },
    type: { type: 'string', enum: ['picture', 'text', 'composite'] },
    headlines: { ...text('The alt text of a picture, or the title of the campaign.') },
    descriptions: { ...text('The caption of a picture (role `caption`).') },
    by: { type: 'string', description: 'The credit.' },
    usageTerms: { type: 'string', description: 'Terms for this file when they differ from the item’s.' },
    renditions: { type: 'array', items: ref('NinjsRendition') },
  },
}

const NinjsItem = {
  type: 'object',
  description:
    'One content document in one language, as an IPTC ninjs 3 item. Only the properties below are produced; ' +
    'clients should ignore any they do not know. A withdrawn item has `pubStatus: canceled` and keeps only ' +
    'uri, type, profile, version, firstCreated, versionCreated, pubStatus, edNote (the reason, when one was given), language, headlines and altIds.',
  externalDocs: { description: 'IPTC ninjs', url: 'https://iptc.org/standards/ninjs/' },
  required: ['uri', 'type', 'profile', 'version', 'firstCreated', 'versionCreated', 'pubStatus', 'language', 'headlines', 'altIds'],
  properties: {
    uri: {
      type: 'string',
      format: 'uri',
      pattern: '^urn:newsroom:(article|campaign|briefing-pack):\\d+:(vi|en)$',
      description: 'Never changes, even if the site moves. The item id for `/api/v1/items/{id}` is `<type>-<number>-<lang>`.',
      examples: ['urn:newsroom:article:42:vi'],
    },
    type: { type: 'string', enum: ['text', 'composite'], description: '`text` for an article, `composite` for a campaign or briefing pack.' },
    profile: { type: 'string', enum: [...CONTENT_TYPES], description: 'The newsroom content type.' },
    version: { type: 'string', pattern: '^[1-9]\\d*$', description: 'Goes up by one with every published version and with the withdrawal.' },
    firstCreated: { type: 'string', format: 'date-time' },
    versionCreated: { type: 'string', format: 'date-time' },
    embargoedUntil: {
      type: 'string',
      format: 'date-time',
      description: 'Only sent to trusted agencies, and only while the embargo has not passed: do not publish before this time.',
    },
    pubStatus: { type: 'string', enum: ['usable', 'canceled'], description: '`usable`, or `canceled` once the item is withdrawn: take it down.' },
    edNote: {
      type: 'string',
      description:
        'For your editors. On a withdrawn item (`pubStatus: canceled`): the public reason for the withdrawal. ' +
        'On a version its editors marked as a major update: the public note of what changed (in the item’s language). Absent otherwise.',
      examples: ['Bài có thông tin nhận dạng một em nhỏ; đã gỡ để bảo vệ em.'],
    },
    urgency: { type: 'integer', minimum: 1, maximum: 9, description: '1 is most urgent; 5 unless an article says otherwise.' },
    language: { type: 'string', enum: [...LANGS] },
    slugline: { type: 'string', description: 'The URL slug of the item on the press room site.' },
    by: { type: 'string', description: 'The byline, or the programme when there is none.' },
    usageTerms: { type: 'string' },
    copyrightHolder: { type: 'string' },
    headlines: { ...text('One headline, role `main`.'), minItems: 1 },
    descriptions: text('The standfirst or summary, role `summary`, as plain text. Absent when there is none.'),
    bodies: text('The body, role `main`, as HTML (`text/html`).'),
    subjects: {
      type: 'array',
      description: 'Topics (`rel: about`, uri `urn:newsroom:topic:<slug>`) and audiences (`rel: audience`, uri `urn:newsroom:audience:<slug>`).',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, uri: { type: 'string', format: 'uri' }, rel: { type: 'string', enum: ['about', 'audience'] } },
      },
    },
    altIds: {
      type: 'array',
      description: 'The newsroom document number (role `id`) and, when it has one, its slug (role `slug`).',
      items: { type: 'object', required: ['value'], properties: { role: { type: 'string', enum: ['id', 'slug'] }, value: { type: 'string' } } },
    },
    associations: { type: 'array', items: ref('NinjsAssociation') },
  },
}

const ErrorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          enum: [
            'invalid_parameter',
            'invalid_cursor',
            'unauthorized',
            'agency_inactive',
            'type_not_allowed',
            'not_found',
            'payload_too_large',
            'rate_limited',
            'server_error',
          ],
        },
        message: { type: 'string', description: 'For people, in English; may change. Programs should read `code`.' },
        field: { type: 'string', description: 'The parameter at fault, when there is one.', examples: ['limit', 'since', 'type', 'id'] },
      },
    },
  },
  examples: [{ error: { code: 'invalid_parameter', message: '`limit` must be a whole number from 1 to 100.', field: 'limit' } }],
}

const ItemsPage = {
  type: 'object',
  required: ['items', 'next'],
  properties: {
    items: {
      type: 'array',
      items: ref('NinjsItem'),
      maxItems: 100,
      description: 'Newest change first. The same item can appear again in a later pass, with a higher version.',
    },
    next: {
      type: ['string', 'null'],
      description:
        'The `since` for the next request, unchanged: the next page of this pass, or past its top for the next pass. ' +
        '`null` (always with an empty page) means you are up to date: keep the `since` you sent.',
    },
  },
}

const WebhookEvent = {
  type: 'object',
  required: ['event', 'occurredAt', 'item'],
  properties: {
    event: { type: 'string', enum: ['item.published', 'item.updated', 'item.withdrawn'] },
    occurredAt: { type: 'string', format: 'date-time', description: 'When the change happened (for a lifted embargo: when it was lifted).' },
    item: {
      ...ref('NinjsItem'),
      description:
        'The item as the change log holds it for your agency; `pubStatus: canceled` for `item.withdrawn`, with the reason in `edNote`. ' +
        'A major update (`item.updated`) carries its change note in `edNote`.',
    },
  },
}

export const componentSchemas = {
  Error: ErrorBody,
  ItemsPage,
  NinjsItem,
  NinjsAssociation,
  NinjsRendition,
  WebhookEvent,
  ...subscriptionSchemas,
  ...codeSchemas,
  ...codeListSchemas,
}
