import { describe, expect, it } from 'vitest'

import { ConfigError } from '@/config/ConfigError'
import { clientAddressOf, clientIpOf } from '@/platform/http/clientAddress'
import { networkOf, normaliseAddress } from '@/platform/http/normaliseAddress'
import { PEER_HEADER } from '@/platform/http/peerHeader'
import { parseTrustProxy } from '@/platform/http/trustProxy'

const none = parseTrustProxy(undefined)
const local = parseTrustProxy('127.0.0.1')

describe('the client address', () => {
  it('is the socket peer and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddressOf({ peer: '198.51.100.4', forwardedFor: '203.0.113.9', trust: none })).toBe('198.51.100.4')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '203.0.113.9, 10.0.0.1', trust: none })).toBe('127.0.0.1')
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddressOf({ peer: '198.51.100.4', forwardedFor: '203.0.113.9', trust: local })).toBe('198.51.100.4')
  })

  it('takes the rightmost untrusted hop behind a trusted proxy, never what the client wrote left of it', () => {
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '203.0.113.9', trust: local })).toBe('203.0.113.9')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '1.1.1.1, 203.0.113.9', trust: local })).toBe('203.0.113.9')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: null, trust: local })).toBe('127.0.0.1')
  })

  it('walks a chain of trusted proxies from the right', () => {
    const chain = parseTrustProxy('127.0.0.1, 10.0.0.0/8')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '6.6.6.6, 203.0.113.9, 10.1.2.3, 10.0.0.7', trust: chain })).toBe('203.0.113.9')
    // The first hop past the load balancer is not trusted: it is the client, whatever it claims.
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '10.0.0.9, 192.0.2.1', trust: chain })).toBe('192.0.2.1')
    const keywords = parseTrustProxy('loopback,uniquelocal')
    expect(clientAddressOf({ peer: '::1', forwardedFor: '203.0.113.9, 192.168.1.1, fd00::5', trust: keywords })).toBe('203.0.113.9')
  })

  it('reads IPv6 and IPv4-mapped peers and hops, in one spelling per address', () => {
    expect(clientAddressOf({ peer: '::ffff:127.0.0.1', forwardedFor: '2001:DB8:0:0:1::1', trust: local })).toBe('2001:db8::1:0:0:1')
    expect(clientAddressOf({ peer: '::ffff:198.51.100.4', forwardedFor: '203.0.113.9', trust: local })).toBe('198.51.100.4')
    expect(clientAddressOf({ peer: '::1', forwardedFor: '203.0.113.9', trust: parseTrustProxy('::1') })).toBe('203.0.113.9')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '::ffff:203.0.113.9', trust: local })).toBe('203.0.113.9')
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1')
  })

  it('never makes up an address from a garbage header', () => {
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: 'not-an-address', trust: local })).toBe('127.0.0.1')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '<script>, , ;;;', trust: local })).toBe('127.0.0.1')
    expect(clientAddressOf({ peer: '127.0.0.1', forwardedFor: '203.0.113.9:443', trust: local })).toBe('127.0.0.1')
    expect(clientAddressOf({ peer: 'garbage', forwardedFor: '203.0.113.9', trust: local })).toBeNull()
    expect(clientAddressOf({ peer: undefined, forwardedFor: '203.0.113.9', trust: local })).toBeNull()
  })

  it('counts IPv4 clients by address and IPv6 clients by their /64', () => {
    expect(networkOf('203.0.113.9')).toBe('203.0.113.9')
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(networkOf('2001:db8:1:2::ffff')).toBe(networkOf('2001:db8:1:2:aaaa::1'))
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64')
  })
})

describe('the client address of a request', () => {
  const request = (headers: Record<string, string>) => new Request('http://newsroom.test/', { headers })

  it('comes from the peer header the app server writes, not from X-Forwarded-For', () => {
    expect(clientIpOf(request({ [PEER_HEADER]: '::ffff:198.51.100.4', 'x-forwarded-for': '203.0.113.9' }), {})).toBe('198.51.100.4')
    expect(clientIpOf(request({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), { TRUST_PROXY: '127.0.0.1' })).toBe('203.0.113.9')
  })

  it('is unknown, one shared bucket, when the request did not come through the app server', () => {
    expect(clientIpOf(request({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.8' }), { TRUST_PROXY: '127.0.0.1' })).toBe('unknown')
  })
})

describe('TRUST_PROXY', () => {
  it('accepts addresses, CIDR ranges and the proxy-addr words, with spaces around commas', () => {
    expect(() => parseTrustProxy(' 10.0.0.1 , 192.168.0.0/16,fd00::/8, ::1, loopback, linklocal, uniquelocal ')).not.toThrow()
    expect(() => parseTrustProxy('')).not.toThrow()
  })

  it.each(['*', 'true', 'proxy.example.org', '10', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/0', '::1/129', '300.1.1.1', '10.0.0.0/255.0.0.0'])(
    'refuses %j with one clear message',
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(ConfigError)
      expect(() => parseTrustProxy(value)).toThrow(
        new RegExp(`^TRUST_PROXY must be a comma-separated list .*"${value.replace(/[.*/]/g, '\\$&')}" is not one\\.$`),
      )
    },
  )
})
