import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { MAX_WEBHOOK_ATTEMPTS, retryDelayMs } from '@/delivery/webhooks/backoff'
import { generateWebhookSecret, SIGNATURE_HEADER, signWebhook, verifyWebhookSignature } from '@/delivery/webhooks/signWebhook'

const secret = 'whsec_test-secret'
const body = JSON.stringify({ event: 'article.published', id: 42, headline: 'Café opens' })
const timestamp = 1_700_000_000

describe('signWebhook', () => {
  it('signs the timestamp and body with HMAC-SHA256 as an agency would recompute it', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
    expect(signWebhook({ secret, body, timestamp })).toBe(`t=${timestamp},v1=${expected}`)
  })

  it('names the header agencies read', () => {
    expect(SIGNATURE_HEADER).toBe('X-Newsroom-Signature')
  })

  it('generates distinct, recognisable secrets with 32 random bytes', () => {
    const a = generateWebhookSecret()
    const b = generateWebhookSecret()
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(a.slice('whsec_'.length), 'base64url')).toHaveLength(32)
    expect(a).not.toBe(b)
  })
})

describe('verifyWebhookSignature', () => {
  const header = signWebhook({ secret, body, timestamp })

  it('accepts a delivery signed with the right secret', () => {
    expect(verifyWebhookSignature({ secret, body, header, now: timestamp + 10 })).toBe(true)
  })

  it('rejects a delivery signed with another secret', () => {
    expect(verifyWebhookSignature({ secret: 'whsec_other', body, header, now: timestamp })).toBe(false)
  })

  it('rejects a body that was changed after signing', () => {
    expect(verifyWebhookSignature({ secret, body: body.replace('42', '43'), header, now: timestamp })).toBe(false)
  })

  it('rejects a timestamp outside the tolerance, in the past or the future', () => {
    expect(verifyWebhookSignature({ secret, body, header, now: timestamp + 301 })).toBe(false)
    expect(verifyWebhookSignature({ secret, body, header, now: timestamp - 301 })).toBe(false)
    expect(verifyWebhookSignature({ secret, body, header, now: timestamp + 301, toleranceSeconds: 600 })).toBe(true)
  })

  it('rejects a replay whose timestamp was moved forward', () => {
    const replayed = header.replace(`t=${timestamp}`, `t=${timestamp + 1000}`)
    expect(verifyWebhookSignature({ secret, body, header: replayed, now: timestamp + 1000 })).toBe(false)
  })

  it('rejects malformed headers without throwing', () => {
    const v1 = header.split('v1=')[1]
    for (const bad of [
      undefined,
      null,
      '',
      'garbage',
      `v1=${v1}`,
      `t=${timestamp}`,
      `t=abc,v1=${v1}`,
      `t=${timestamp},v1=`,
      `t=${timestamp},v1=${v1?.slice(0, 10)}`,
      `t=${timestamp},v1=${'z'.repeat(64)}`,
      `t=${timestamp},v1=${v1}00`,
    ]) {
      expect(verifyWebhookSignature({ secret, body, header: bad, now: timestamp }), String(bad)).toBe(false)
    }
  })

  it('accepts a header carrying an old and a new signature during secret rotation', () => {
    const fresh = signWebhook({ secret, body, timestamp }).split('v1=')[1]
    const old = signWebhook({ secret: 'whsec_old', body, timestamp }).split('v1=')[1]
    expect(verifyWebhookSignature({ secret, body, header: `t=${timestamp},v1=${old},v1=${fresh}`, now: timestamp })).toBe(true)
  })
})

describe('retryDelayMs', () => {
  it('doubles the wait from one minute and gives up after seven attempts, about an hour in all', () => {
    const minutes = [1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n)! / 60_000)
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32])
    expect(minutes.reduce((a, b) => a + b)).toBe(63)
    expect(retryDelayMs(MAX_WEBHOOK_ATTEMPTS)).toBeNull()
    expect(retryDelayMs(MAX_WEBHOOK_ATTEMPTS + 1)).toBeNull()
  })

  it('sends the first attempt without waiting', () => {
    expect(retryDelayMs(0)).toBe(0)
  })
})
