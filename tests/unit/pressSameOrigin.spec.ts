import { describe, expect, it } from 'vitest'

import { isSameOriginPost } from '@/press/http/sameOrigin'

const SITE = 'https://newsroom.example.vn'

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: 'POST', headers })

describe('isSameOriginPost', () => {
  it('accepts a post whose Origin is the site’s', () => {
    expect(isSameOriginPost(post('http://10.0.0.5:3000/press/sign-out', { origin: SITE }), SITE)).toBe(true)
  })

  it('accepts a post whose Origin is the host the request was sent to, as on a preview host', () => {
    expect(isSameOriginPost(post('http://preview.local:3000/press/sign-out', { origin: 'http://preview.local:3000', host: 'preview.local:3000' }), SITE)).toBe(
      true,
    )
    expect(
      isSameOriginPost(post('http://10.0.0.5:3000/press/sign-out', { origin: 'https://staging.example.vn', 'x-forwarded-host': 'staging.example.vn' }), SITE),
    ).toBe(true)
  })

  it('refuses a post from another site', () => {
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', { origin: 'https://evil.example' }), SITE)).toBe(false)
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', { origin: 'https://newsroom.example.vn.evil.example' }), SITE)).toBe(false)
  })

  it('falls back to the Referer when the Origin is missing or "null", and refuses a post with neither', () => {
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', { referer: `${SITE}/press` }), SITE)).toBe(true)
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', { origin: 'null', referer: 'https://evil.example/page' }), SITE)).toBe(false)
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', { origin: 'null' }), SITE)).toBe(false)
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', {}), SITE)).toBe(false)
  })

  it('refuses an Origin that is not a URL', () => {
    expect(isSameOriginPost(post('https://newsroom.example.vn/press/sign-out', { origin: 'newsroom.example.vn' }), SITE)).toBe(false)
  })
})
