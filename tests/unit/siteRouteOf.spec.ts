import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { SITE_ROUTES, siteRouteOf } from '@/site/routing/siteRouteOf'

const PAGES_DIR = path.resolve(import.meta.dirname, '../../src/app/(site)/[lang]/(pages)')

/** The route tree on disk: every folder holding a page or a route handler, as `codes/[slug]`. */
function routesOnDisk(dir = PAGES_DIR, prefix = ''): string[] {
  const here = fs.readdirSync(dir, { withFileTypes: true })
  const own = here.some((entry) => entry.isFile() && /^(page\.tsx|route\.ts)$/.test(entry.name)) ? [prefix] : []
  const nested = here
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => routesOnDisk(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name))
  return [...own, ...nested]
}

describe('siteRouteOf', () => {
  it('maps the Vietnamese root and pages onto the vi segment', () => {
    expect(siteRouteOf('/')).toEqual({ kind: 'page', lang: 'vi', internal: '/vi' })
    expect(siteRouteOf('/articles/tre-em')).toEqual({ kind: 'page', lang: 'vi', internal: '/vi/articles/tre-em' })
    expect(siteRouteOf('/codes/bo-quy-tac/print.pdf')).toEqual({ kind: 'page', lang: 'vi', internal: '/vi/codes/bo-quy-tac/print.pdf' })
  })

  it('maps previews of drafts and shared preview links onto the tree in both languages', () => {
    expect(siteRouteOf('/preview/campaigns/12')).toEqual({ kind: 'page', lang: 'vi', internal: '/vi/preview/campaigns/12' })
    expect(siteRouteOf('/en/preview/link/tok')).toEqual({ kind: 'page', lang: 'en', internal: '/en/preview/link/tok' })
    expect(siteRouteOf('/preview/campaigns')).toEqual({ kind: 'missing', lang: 'vi' })
  })

  it('keeps English paths as they are', () => {
    expect(siteRouteOf('/en')).toEqual({ kind: 'page', lang: 'en', internal: '/en' })
    expect(siteRouteOf('/en/press/sign-in')).toEqual({ kind: 'page', lang: 'en', internal: '/en/press/sign-in' })
  })

  it('sends a hand-typed /vi address to the public one, but serves files such as a PDF', () => {
    expect(siteRouteOf('/vi')).toEqual({ kind: 'redirect', to: '/' })
    expect(siteRouteOf('/vi/campaigns/x')).toEqual({ kind: 'redirect', to: '/campaigns/x' })
    expect(siteRouteOf('/vi/codes/x/print.pdf')).toEqual({ kind: 'page', lang: 'vi', internal: '/vi/codes/x/print.pdf' })
  })

  it('leaves the admin, the APIs, feeds, subscription links, OpenGraph images and Next.js files alone', () => {
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/v1/items',
      '/feeds/vi/atom.xml',
      '/subscriptions/confirm',
      '/_next/static/x.js',
      '/sitemap.xml',
      '/robots.txt',
      '/icon.svg',
      '/og/vi.png',
      '/og/en.png',
    ]) {
      expect(siteRouteOf(path)).toBeNull()
    }
  })

  it('knows exactly the pages and routes the route tree holds', () => {
    expect([...SITE_ROUTES].sort()).toEqual(
      routesOnDisk()
        .filter((route) => route !== '[...missing]')
        .sort(),
    )
  })

  it('answers an address no page has as missing, in the language of its path', () => {
    expect(siteRouteOf('/khong-co')).toEqual({ kind: 'missing', lang: 'vi' })
    expect(siteRouteOf('/articles/a/b')).toEqual({ kind: 'missing', lang: 'vi' })
    expect(siteRouteOf('/en/no/such/page')).toEqual({ kind: 'missing', lang: 'en' })
    expect(siteRouteOf('/en/articles/')).toEqual({ kind: 'missing', lang: 'en' })
  })

  it('does not mistake a word that starts like a language for one', () => {
    expect(siteRouteOf('/environment')).toEqual({ kind: 'missing', lang: 'vi' })
    expect(siteRouteOf('/envoy/articles/x')).toEqual({ kind: 'missing', lang: 'vi' })
    expect(siteRouteOf('/video')).toEqual({ kind: 'missing', lang: 'vi' })
  })
})
