import { describe, expect, it } from 'vitest'

import { previewLinkHours } from '@/preview/previewLinkHours'
import { previewLinkState, type Queryable } from '@/preview/previewLinkState'
import { previewRouteOf, sharedPreviewPath, staffPreviewPath } from '@/preview/previewPaths'

const TOKEN = 'a'.repeat(43)
const row = (over: Record<string, unknown> = {}) => ({
  id: 7,
  collection: 'campaigns',
  doc_id: 3,
  lang: 'vi',
  created_by: 1,
  created_at: new Date('2026-12-01T00:00:00Z'),
  expires_at: new Date('2026-12-04T00:00:00Z'),
  revoked_at: null,
  ...over,
})
const db = (rows: unknown[]): Queryable & { asked: number } => {
  const fake = {
    asked: 0,
    query: async <R>() => {
      fake.asked += 1
      return { rows: rows as R[] }
    },
  }
  return fake
}

describe('shared preview links', () => {
  it('last 72 hours unless PREVIEW_LINK_HOURS names a whole number from 1 to 720', () => {
    expect(previewLinkHours({})).toBe(72)
    expect(previewLinkHours({ PREVIEW_LINK_HOURS: '24' })).toBe(24)
    for (const bad of ['0', '-5', '1.5', 'abc', '100000']) expect(previewLinkHours({ PREVIEW_LINK_HOURS: bad }), bad).toBe(72)
  })

  it('do not look up a token that cannot be one of ours', async () => {
    const fake = db([row()])
    for (const token of ['', 'short', `${TOKEN}x`, 'a/b'.padEnd(43, 'c'), null, undefined]) {
      expect((await previewLinkState(fake, token)).state).toBe('unknown')
    }
    expect(fake.asked).toBe(0)
  })

  it('are usable before they expire, expired at their expiry, and revoked once revoked whatever the time', async () => {
    const before = new Date('2026-12-03T23:59:59Z')
    const at = new Date('2026-12-04T00:00:00Z')
    expect((await previewLinkState(db([row()]), TOKEN, before)).state).toBe('usable')
    expect((await previewLinkState(db([row()]), TOKEN, at)).state).toBe('expired')
    expect((await previewLinkState(db([row({ revoked_at: new Date('2026-12-02T00:00:00Z') })]), TOKEN, at)).state).toBe('revoked')
    expect((await previewLinkState(db([]), TOKEN, before)).state).toBe('unknown')
  })

  it('are drawn at paths of the site in the language asked, and read back from the internal path', () => {
    expect(staffPreviewPath('vi', 'articles', 5)).toBe('/preview/articles/5')
    expect(staffPreviewPath('en', 'briefing-packs', 5)).toBe('/en/preview/briefing-packs/5')
    expect(sharedPreviewPath('en', TOKEN)).toBe(`/en/preview/link/${TOKEN}`)
    expect(previewRouteOf('/vi/preview/campaigns/9')).toEqual({ kind: 'staff', collection: 'campaigns', id: '9' })
    expect(previewRouteOf(`/en/preview/link/${TOKEN}`)).toEqual({ kind: 'link', token: TOKEN })
    expect(previewRouteOf('/vi/campaigns/9')).toBeNull()
  })
})
