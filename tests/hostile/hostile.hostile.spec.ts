import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeActor, publishedCodeInConsultation } from '../helpers/codes'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { makeSubscriber } from '../helpers/subscribers'
import { getTestPayload } from '../helpers/testPayload'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhookReceiver'
import { hostileRequests, type HostileRequest } from './hostileRequests'
import { makeIdentities, type Identity } from './identities'
import { seedHidden, seedWithdrawn, type Marker, type Seeded } from './seedHidden'
import { sendHostile, type HostileAnswer } from './sendHostile'
import { recordCounts } from './hostileCounts'
import { publicSnapshot } from './publicSnapshot'

/*
 * npm run test:hostile: over a thousand requests an attacker would send, to every route, as
 * every kind of caller. None may answer 5xx, none may carry a marker of a hidden item, no mail
 * or webhook may carry one, and what the public sees must be the same afterwards.
 */

type Finding = { request: string; identity: string; status: number; detail: string }

let payload: Payload
let sink: SmtpSink
let receiver: WebhookReceiver
let seeded: Seeded
let identities: Identity[]
let snapshotBefore: string
let codeSlug: string
let sent = 0
// Staff may read hidden items: seeing their markers proves the seeds and the search work.
let staffSightings = 0
const serverErrors: Finding[] = []
const leaks: Finding[] = []
const statuses = new Map<string, number>()
const tag = Date.now().toString(36).toUpperCase()

const describeRequest = (request: HostileRequest): string =>
  request.channel === 'graphql'
    ? `GraphQL ${request.query.slice(0, 80)}`
    : `${request.method} ${request.channel === 'rest' ? '/api' : ''}${request.path.slice(0, 160)}`

const visibleMarkers = (identity: Identity): Marker[] =>
  identity.sees === 'everything' ? [] : seeded.markers.filter((marker) => identity.sees === 'nothing' || !marker.embargoed)

function isServerError(answer: HostileAnswer): boolean {
  if (answer.status >= 500) return true
  // GraphQL answers 200 with errors; an internal one carries its status in extensions.
  return /"statusCode":5\d\d/.test(answer.text)
}

/** Who sends a request: REST in turn by each caller, reads that could leak by every one, forms anonymously. */
function sendersOf(request: HostileRequest, index: number): Identity[] {
  const outsiders = identities.filter((identity) => identity.sees !== 'everything')
  if (request.channel === 'rest') {
    if (request.outsidersOnly) return outsiders
    const leakProne = request.method === 'GET' && /draft=true|HIDDENX|hiddenx|versions|\/\d+\?draft|^\/[a-z-]+$/i.test(request.path)
    return leakProne ? identities : [identities[index % identities.length]!]
  }
  if (request.channel === 'graphql') return identities
  if (request.path.startsWith('/api/v1/items') || request.path.startsWith('/feeds')) return outsiders
  return [identities[0]!]
}

async function drainQueues() {
  for (let round = 0; round < 3; round += 1) {
    await payload.jobs.run({ queue: 'webhooks' })
    await payload.jobs.run({ queue: 'email' })
  }
}

beforeAll(async () => {
  sink = await startSmtpSink()
  process.env.SMTP_URL = `smtp://relay:relay-pass@127.0.0.1:${sink.port}`
  receiver = await startWebhookReceiver()
  payload = await getTestPayload()
  identities = await makeIdentities(payload, receiver.url('/untrusted'))
  await makeSubscriber(payload, { frequency: 'immediate' })
  seeded = await seedHidden(payload, tag)
  await seedWithdrawn(payload, tag, seeded)
  const editor = await makeActor(payload, ['editor'])
  const reviewer = await makeActor(payload, ['reviewer'])
  codeSlug = (await publishedCodeInConsultation(payload, `hostile-${tag}`, editor, reviewer)).slug
  await drainQueues()
  snapshotBefore = await publicSnapshot(payload)
})

afterAll(async () => {
  await sink?.close()
  await receiver?.close()
  delete process.env.SMTP_URL
})

describe('hostile requests', () => {
  it('answers every one without a 5xx and without a marker of a hidden item', async () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    const requests = hostileRequests(slugs, seeded, codeSlug)
    for (const [index, request] of requests.entries()) {
      for (const identity of sendersOf(request, index)) {
        const answer = await sendHostile(request, identity)
        sent += 1
        const finding = { request: describeRequest(request), identity: identity.name, status: answer.status }
        if (isServerError(answer)) serverErrors.push({ ...finding, detail: answer.text.slice(0, 300) })
        statuses.set(`${request.channel} ${answer.status}`, (statuses.get(`${request.channel} ${answer.status}`) ?? 0) + 1)
        const haystack = `${answer.headers}\n${answer.text}`
        const asked = JSON.stringify(request).toLowerCase()
        if (identity.sees === 'everything' && seeded.markers.some((marker) => haystack.includes(marker.marker))) staffSightings += 1
        for (const marker of visibleMarkers(identity)) {
          // A marker the request itself carries may come back as an echo of the request.
          if (asked.includes(marker.marker.toLowerCase())) continue
          if (haystack.includes(marker.marker) || haystack.includes(marker.marker.toLowerCase())) leaks.push({ ...finding, detail: marker.what })
        }
      }
    }
    expect(sent).toBeGreaterThanOrEqual(1000)
    expect(staffSightings).toBeGreaterThan(0)
    expect(serverErrors, JSON.stringify(serverErrors.slice(0, 20), null, 1)).toEqual([])
    expect(leaks, JSON.stringify(leaks.slice(0, 20), null, 1)).toEqual([])
  })

  it('sends no marker of a hidden item in any mail or webhook', async () => {
    await drainQueues()
    for (const mail of sink.messages) {
      const text = `${mail.subject}\n${mail.text ?? ''}\n${mail.html || ''}`
      for (const marker of seeded.markers)
        if (text.includes(marker.marker)) leaks.push({ request: `mail "${mail.subject}"`, identity: 'subscriber', status: 0, detail: marker.what })
    }
    for (const hit of receiver.received) {
      for (const marker of seeded.markers)
        if (hit.body.includes(marker.marker)) leaks.push({ request: `webhook ${hit.path}`, identity: 'untrusted agency', status: 0, detail: marker.what })
    }
    expect(leaks.filter((leak) => leak.status === 0)).toEqual([])
  })

  it('answers a filter by a hidden campaign exactly as one by an unknown campaign', async () => {
    for (const identity of identities.filter((candidate) => candidate.sees !== 'everything')) {
      for (const path of ['/api/v1/items?campaign=', '/feeds/vi/rss.xml?campaign=']) {
        const hidden = await sendHostile({ channel: 'route', method: 'GET', path: `${path}${seeded.campaignSlug}` }, identity)
        const unknown = await sendHostile({ channel: 'route', method: 'GET', path: `${path}no-such-campaign-${tag.toLowerCase()}` }, identity)
        const shape = (answer: HostileAnswer) =>
          `${answer.status} ${answer.text.replaceAll(seeded.campaignSlug, 'SLUG').replaceAll(`no-such-campaign-${tag.toLowerCase()}`, 'SLUG')}`
        sent += 2
        if (shape(hidden) !== shape(unknown))
          leaks.push({
            request: `GET ${path}<hidden slug>`,
            identity: identity.name,
            status: hidden.status,
            detail: 'answers differently from an unknown slug',
          })
      }
    }
    expect(leaks.filter((leak) => leak.detail.includes('unknown slug'))).toEqual([])
  })

  it('leaves what the public sees unchanged', async () => {
    expect(await publicSnapshot(payload)).toEqual(snapshotBefore)
  })
})

afterAll(() => {
  console.log(
    `hostile answers by channel and status: ${[...statuses]
      .sort()
      .map(([key, count]) => `${key}: ${count}`)
      .join(', ')}`,
  )
  console.log(`hostile (in-process): ${sent} requests, ${serverErrors.length} 5xx, ${leaks.length} leaks`)
  recordCounts({ requests: sent, serverErrors: serverErrors.length, leaks: leaks.length })
})
