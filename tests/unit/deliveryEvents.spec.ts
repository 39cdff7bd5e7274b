import { describe, expect, it } from 'vitest'

import { decideLiftEvent, decidePublicationEvents, decideWithdrawalEvents } from '@/delivery/changes/decideEvents'
import type { PriorState } from '@/delivery/changes/types'

const now = new Date('2026-11-28T03:00:00Z')
const future = '2026-11-28T05:00:00.000Z'
const past = '2026-11-28T01:00:00.000Z'
const prior = (liveForTrusted: boolean, liveForPublic: boolean): PriorState => ({
  version: 1,
  liveForTrusted,
  liveForPublic,
  lastNinjs: { uri: 'urn:newsroom:article:1:vi', type: 'text' },
  last: { slug: 'a', campaignSlug: null, topicSlugs: [] },
  lastFor: { trusted: null, public: null },
})

describe('who hears of a publication', () => {
  it('tells everyone "published" the first time an item without embargo goes live', () => {
    expect(decidePublicationEvents(undefined, null, now)).toEqual({ eventTrusted: 'published', eventPublic: 'published', liftPending: false })
  })

  it('tells only trusted agencies of an embargoed item, and waits for the embargo to lift it', () => {
    expect(decidePublicationEvents(undefined, future, now)).toEqual({ eventTrusted: 'published', eventPublic: null, liftPending: true })
  })

  it('treats an embargo already past as no embargo', () => {
    expect(decidePublicationEvents(undefined, past, now)).toEqual({ eventTrusted: 'published', eventPublic: 'published', liftPending: false })
  })

  it('tells each audience "updated" only when the item is live for it', () => {
    expect(decidePublicationEvents(prior(true, true), null, now)).toMatchObject({ eventTrusted: 'updated', eventPublic: 'updated' })
    expect(decidePublicationEvents(prior(true, false), null, now)).toMatchObject({ eventTrusted: 'updated', eventPublic: 'published' })
  })

  it('tells everyone "published" again when an item comes back after a withdrawal', () => {
    expect(decidePublicationEvents(prior(false, false), null, now)).toMatchObject({ eventTrusted: 'published', eventPublic: 'published' })
  })
})

describe('who hears of a withdrawal', () => {
  it('tells nobody who never had the item: an embargoed item withdrawn early leaves no trace for the public', () => {
    expect(decideWithdrawalEvents(prior(true, false))).toEqual({ eventTrusted: 'withdrawn', eventPublic: null, liftPending: false })
  })

  it('tells everyone who had it', () => {
    expect(decideWithdrawalEvents(prior(true, true))).toMatchObject({ eventTrusted: 'withdrawn', eventPublic: 'withdrawn' })
  })
})

describe('when an embargo passes', () => {
  it('tells the public "published" for a new item and "updated" for a new version of a live one', () => {
    expect(decideLiftEvent(prior(true, false))).toBe('published')
    expect(decideLiftEvent(prior(true, true))).toBe('updated')
  })
})
