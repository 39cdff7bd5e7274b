import dns from 'node:dns'

import { afterEach, describe, expect, it } from 'vitest'

import {
  allowPrivateWebhooks,
  checkWebhookUrl,
  isPrivateAddress,
  PRIVATE_ADDRESS_REFUSED,
  type ResolveAll,
  safeLookup,
} from '@/delivery/webhooks/addressPolicy'

/** A resolver that answers without touching the network. */
const resolvesTo =
  (...addresses: string[]): ResolveAll =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))

const failsToResolve: ResolveAll = async () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
}

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['0.0.0.0', true],
    ['10.0.0.5', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['100.127.255.255', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['192.0.2.10', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['ff02::1', true],
    ['2001:db8::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:10.1.2.3', true],
    ['0:0:0:0:0:ffff:192.168.0.1', true],
    ['64:ff9b::a00:1', true],
    ['[::1]', true],
    ['not-an-ip', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['172.32.0.1', false],
    ['100.128.0.1', false],
    ['11.0.0.1', false],
    ['2606:4700:4700::1111', false],
    ['2a00:1450:4001:82b::200e', false],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::808:808', false],
  ])('classifies %s as private: %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected)
  })
})

describe('allowPrivateWebhooks', () => {
  afterEach(() => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE
  })

  it('allows private targets only when WEBHOOK_ALLOW_PRIVATE is exactly "true"', () => {
    expect(allowPrivateWebhooks()).toBe(false)
    process.env.WEBHOOK_ALLOW_PRIVATE = '1'
    expect(allowPrivateWebhooks()).toBe(false)
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    expect(allowPrivateWebhooks()).toBe(true)
  })
})

describe('checkWebhookUrl', () => {
  const policy = { allowPrivate: false, lookup: resolvesTo('93.184.216.34') }

  it('refuses a URL that does not parse', async () => {
    expect(await checkWebhookUrl('not a url', policy)).toEqual({
      ok: false,
      message: { vi: 'Địa chỉ webhook không phải là một URL hợp lệ.', en: 'The webhook URL is not a valid URL.' },
    })
  })

  it('refuses schemes other than http and https', async () => {
    const message = { vi: 'Địa chỉ webhook phải bắt đầu bằng http:// hoặc https://.', en: 'The webhook URL must start with http:// or https://.' }
    expect(await checkWebhookUrl('ftp://example.com/hook', policy)).toEqual({ ok: false, message })
    expect(await checkWebhookUrl('javascript:alert(1)', policy)).toEqual({ ok: false, message })
    expect(await checkWebhookUrl('file:///etc/passwd', policy)).toEqual({ ok: false, message })
  })

  it('refuses a URL carrying a user name or password', async () => {
    const result = await checkWebhookUrl('https://user:pass@example.com/hook', policy)
    expect(result).toMatchObject({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/user name or password/) }) })
    expect(JSON.stringify(result)).not.toContain('pass@')
  })

  it('refuses private IP literals and names the address', async () => {
    expect(await checkWebhookUrl('http://10.0.0.5/hook', policy)).toEqual({
      ok: false,
      message: expect.objectContaining({
        en: 'The webhook URL points at a private or loopback address (10.0.0.5); set WEBHOOK_ALLOW_PRIVATE=true to allow it.',
      }),
    })
    expect(await checkWebhookUrl('http://[::1]:8080/hook', policy)).toMatchObject({ ok: false })
    expect(await checkWebhookUrl('http://[::ffff:127.0.0.1]/hook', policy)).toMatchObject({ ok: false })
    // The URL parser normalises these spellings to 127.0.0.1 before the policy sees them.
    expect(await checkWebhookUrl('http://2130706433/hook', policy)).toMatchObject({ ok: false })
    expect(await checkWebhookUrl('http://0x7f.1/hook', policy)).toMatchObject({ ok: false })
  })

  it('refuses localhost once it is resolved', async () => {
    const result = await checkWebhookUrl('http://localhost:3000/hook', { allowPrivate: false })
    expect(result).toMatchObject({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/private or loopback address/) }) })
  })

  it('refuses a host if any of its addresses is private', async () => {
    const lookup = resolvesTo('93.184.216.34', '192.168.0.10')
    expect(await checkWebhookUrl('https://mixed.example/hook', { allowPrivate: false, lookup })).toMatchObject({
      ok: false,
      message: { vi: expect.stringContaining('(192.168.0.10)'), en: expect.stringContaining('(192.168.0.10)') },
    })
  })

  it('reports a host that cannot be resolved', async () => {
    expect(await checkWebhookUrl('https://example.invalid/hook', { allowPrivate: false, lookup: failsToResolve })).toEqual({
      ok: false,
      message: expect.objectContaining({ en: 'The webhook host example.invalid could not be resolved.' }),
    })
  })

  it('accepts a public IP literal and a host resolving to public addresses', async () => {
    expect(await checkWebhookUrl('https://93.184.216.34/hook', policy)).toEqual({ ok: true })
    expect(await checkWebhookUrl('https://agency.example/hook', policy)).toEqual({ ok: true })
  })

  it('refuses a loopback address unless private webhooks are allowed', async () => {
    const lookup = resolvesTo('127.0.0.1')
    expect(await checkWebhookUrl('http://agency.lan/hook', { allowPrivate: false, lookup })).toMatchObject({ ok: false })
    expect(await checkWebhookUrl('http://agency.lan/hook', { allowPrivate: true, lookup })).toEqual({ ok: true })
    expect(await checkWebhookUrl('http://127.0.0.1:4000/hook', { allowPrivate: true, lookup })).toEqual({ ok: true })
  })
})

describe('safeLookup', () => {
  const lookupWith = (allowPrivate: boolean, options: dns.LookupOptions) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) =>
      safeLookup(allowPrivate)('localhost', options, (err, address, family) => resolve({ err, address, family })),
    )

  it('refuses a host that resolves to loopback at connection time', async () => {
    const { err } = await lookupWith(false, {})
    expect(err?.code).toBe(PRIVATE_ADDRESS_REFUSED)
    expect((await lookupWith(false, { all: true })).err?.code).toBe(PRIVATE_ADDRESS_REFUSED)
  })

  it('answers with one address, or with all of them when Node asks for all', async () => {
    const one = await lookupWith(true, {})
    expect(one.err).toBeNull()
    expect(typeof one.address).toBe('string')
    expect([4, 6]).toContain(one.family)

    const all = await lookupWith(true, { all: true })
    expect(all.err).toBeNull()
    expect(Array.isArray(all.address)).toBe(true)
    expect((all.address as dns.LookupAddress[])[0]).toHaveProperty('address')
  })
})
