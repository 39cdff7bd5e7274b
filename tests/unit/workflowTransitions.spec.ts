import { describe, expect, it } from 'vitest'

import { allowedActions, decideTransition, type Actor } from '@/workflow/decideTransition'
import { readItemState, type ItemState } from '@/workflow/itemState'
import { ACTIONS, LIVE_STATES, WORKING_STAGES, type LiveState, type WorkflowAction, type WorkingStage } from '@/workflow/stages'

/** Every combination an item can be in: a live state, a working stage (or none), scheduled or not. */
type Situation = { live: LiveState; working: WorkingStage | null; publishAt: boolean; unpublishAt: boolean }
const SITUATIONS: Situation[] = []
for (const live of LIVE_STATES) {
  for (const working of [...WORKING_STAGES, null]) {
    if ((live === 'unpublished' || live === 'scheduled') && working === null) continue
    if (live === 'scheduled' && working !== 'approved') continue
    const scheduled = live === 'scheduled' ? [true] : working === 'approved' ? [false, true] : [false]
    for (const publishAt of scheduled) {
      for (const unpublishAt of live === 'published' ? [false, true] : [false]) SITUATIONS.push({ live, working, publishAt, unpublishAt })
    }
  }
}
const stateOf = (s: Situation): ItemState => ({
  live: s.live,
  working: s.working,
  publishAt: s.publishAt ? '2026-12-01T01:00:00.000Z' : null,
  unpublishAt: s.unpublishAt ? '2026-12-02T01:00:00.000Z' : null,
})
const describeSituation = (s: Situation) =>
  `live ${s.live}${s.unpublishAt ? ' (withdrawal scheduled)' : ''}, working copy ${s.working ?? 'none'}${s.publishAt ? ' (scheduled)' : ''}`

// The contract, written out independently of the rules table it tests.
function applies(action: WorkflowAction, s: Situation): boolean {
  switch (action) {
    case 'submit':
      return s.working === 'draft' || s.working === 'changes_requested'
    case 'request_changes':
    case 'approve':
    case 'assign':
      return s.working === 'in_review'
    case 'publish':
    case 'schedule':
      return s.working === 'approved' && !s.publishAt
    case 'unschedule':
      return s.publishAt
    case 'withdraw':
      return s.live === 'published'
    case 'cancel_withdrawal':
      return s.live === 'published' && s.unpublishAt
    case 'reopen':
      return s.working === 'changes_requested' || (s.live === 'withdrawn' && s.working === null)
    case 'discard':
      return (s.live === 'published' || s.live === 'withdrawn') && s.working !== null
  }
}

function expectedNext(action: WorkflowAction, s: Situation): { live: LiveState; working: WorkingStage | null } {
  switch (action) {
    case 'submit':
      return { live: s.live, working: 'in_review' }
    case 'request_changes':
      return { live: s.live, working: 'changes_requested' }
    case 'approve':
      return { live: s.live, working: 'approved' }
    case 'publish':
      return { live: 'published', working: null }
    case 'schedule':
      return { live: s.live === 'unpublished' ? 'scheduled' : s.live, working: 'approved' }
    case 'unschedule':
      return { live: s.live === 'scheduled' ? 'unpublished' : s.live, working: 'approved' }
    case 'withdraw':
      // The working copy is kept, whatever its stage.
      return { live: 'withdrawn', working: s.working }
    case 'reopen':
      return { live: s.live, working: 'draft' }
    case 'discard':
      return { live: s.live, working: null }
    case 'cancel_withdrawal':
    case 'assign':
      return { live: s.live, working: s.working }
  }
}

type Persona = { name: string; roles: string[]; author: boolean }
const PERSONAS: Persona[] = [
  { name: 'an editor', roles: ['editor'], author: false },
  { name: 'an editor who wrote it', roles: ['editor'], author: true },
  { name: 'a reviewer', roles: ['reviewer'], author: false },
  { name: 'a reviewer who wrote it', roles: ['reviewer'], author: true },
  { name: 'a press officer', roles: ['press-officer'], author: false },
  { name: 'a press officer who wrote it', roles: ['press-officer'], author: true },
  { name: 'an admin', roles: ['admin'], author: false },
  { name: 'an admin who wrote it', roles: ['admin'], author: true },
]

function roleMay(action: WorkflowAction, persona: Persona): boolean {
  const is = (role: string) => persona.roles.includes(role) || persona.roles.includes('admin')
  switch (action) {
    case 'submit':
      return is('editor') || persona.author
    case 'reopen':
      return is('editor') || is('reviewer')
    case 'discard':
      return is('editor') || is('reviewer') || persona.author
    case 'assign':
      return is('reviewer') || persona.author
    default:
      return is('reviewer')
  }
}

function expectedStatus(action: WorkflowAction, s: Situation, persona: Persona): number {
  if (!roleMay(action, persona)) return 403
  if (!applies(action, s)) return 409
  if (action === 'approve' && persona.author) return 403
  return 200
}

const now = new Date('2026-11-28T00:00:00Z')
const actorFor = (persona: Persona): Actor => ({ id: persona.author ? 7 : 99, roles: persona.roles })

describe('the workflow state machine: every live state × working stage × action × role', () => {
  for (const situation of SITUATIONS) {
    for (const action of ACTIONS) {
      for (const persona of PERSONAS) {
        const status = expectedStatus(action, situation, persona)
        it(`${status === 200 ? 'lets' : 'refuses'} ${persona.name} ${action} an item with ${describeSituation(situation)}${status === 200 ? '' : ` (${status})`}`, () => {
          const decision = decideTransition({
            action,
            state: stateOf(situation),
            actor: actorFor(persona),
            authorIds: [7, 8],
            comment: 'A reason',
            publishAt: '2026-12-01T01:00:00Z',
            now,
          })
          if (status === 200) expect(decision).toMatchObject({ ok: true, to: expectedNext(action, situation) })
          else expect(decision).toMatchObject({ ok: false, status })
        })
      }
    }
  }

  it('names both states and the actions still open when an action does not apply', () => {
    const state = stateOf({ live: 'unpublished', working: 'draft', publishAt: false, unpublishAt: false })
    const decision = decideTransition({ action: 'publish', state, actor: { id: 1, roles: ['reviewer'] }, authorIds: [2], now })
    expect(decision).toMatchObject({ ok: false, status: 409, allowed: [] })
    expect(decision.ok === false && decision.message).toBe(
      'Không thể «Xuất bản»: cần bản đang soạn đã được duyệt và chưa lên lịch (hiện tại: Chưa xuất bản · bản nháp); bạn có thể: bạn không có thao tác nào.',
    )
    const inEnglish = decideTransition({ action: 'publish', state, actor: { id: 1, roles: ['reviewer'] }, authorIds: [2], now, lang: 'en' })
    expect(inEnglish.ok === false && inEnglish.message).toBe(
      'Cannot publish: it needs an approved working copy that is not scheduled (now: Not published · draft); allowed: none for you.',
    )
  })

  it("explains every refusal in the person's language, Vietnamese by default", () => {
    const state = stateOf({ live: 'published', working: null, publishAt: false, unpublishAt: false })
    const ask = (lang?: 'vi' | 'en') =>
      decideTransition({ action: 'withdraw', state, actor: { id: 1, roles: ['reviewer'] }, authorIds: [], now, ...(lang ? { lang } : {}) })
    expect(ask()).toMatchObject({ code: 'comment_required', message: 'Rút bài cần lý do rút bài trong ô nhận xét (comment).' })
    expect(ask('en')).toMatchObject({ code: 'comment_required', message: 'withdraw needs a reason for the withdrawal in comment.' })
    const byEditor = decideTransition({
      action: 'approve',
      state: stateOf({ live: 'unpublished', working: 'in_review', publishAt: false, unpublishAt: false }),
      actor: { id: 3, roles: ['editor'] },
      authorIds: [],
      now,
    })
    expect(byEditor).toMatchObject({ code: 'role_not_allowed', message: 'Chỉ người duyệt mới được «Duyệt».' })
  })

  it('lets a reviewer withdraw the live version while an edit waits in review, keeping the edit', () => {
    const state = stateOf({ live: 'published', working: 'in_review', publishAt: false, unpublishAt: false })
    expect(allowedActions(state, { id: 1, roles: ['reviewer'] }, [2])).toEqual(['request_changes', 'approve', 'withdraw', 'discard', 'assign'])
    expect(decideTransition({ action: 'withdraw', state, actor: { id: 1, roles: ['reviewer'] }, authorIds: [2], comment: 'Lộ tên trẻ em', now })).toMatchObject(
      {
        ok: true,
        to: { live: 'withdrawn', working: 'in_review' },
        comment: 'Lộ tên trẻ em',
      },
    )
  })

  it('schedules a withdrawal for a future unpublishAt, leaving the item live until then', () => {
    const state = stateOf({ live: 'published', working: null, publishAt: false, unpublishAt: false })
    const base = { action: 'withdraw', state, actor: { id: 1, roles: ['reviewer'] }, authorIds: [], comment: 'Hết hạn', now }
    expect(decideTransition({ ...base, unpublishAt: '2026-12-01T00:00:00Z' })).toMatchObject({
      ok: true,
      to: { live: 'published', working: null },
      unpublishAt: new Date('2026-12-01T00:00:00Z'),
    })
    expect(decideTransition({ ...base, unpublishAt: '2026-11-27T00:00:00Z' })).toMatchObject({ ok: false, status: 400, field: 'unpublishAt' })
    expect(decideTransition({ ...base, unpublishAt: 'soon' })).toMatchObject({ ok: false, status: 400, field: 'unpublishAt' })
  })
})

describe('reading both states from what Payload stores', () => {
  it('reads a published item with no pending edit as live with no working copy', () => {
    expect(readItemState({ live: { _status: 'published', stage: 'published' }, latest: { stage: 'published' } })).toMatchObject({
      live: 'published',
      working: null,
    })
  })

  it('reads an edit in review of a live item as both', () => {
    expect(readItemState({ live: { _status: 'published', stage: 'published' }, latest: { stage: 'in_review' } })).toMatchObject({
      live: 'published',
      working: 'in_review',
    })
  })

  it('reads a withdrawn item from its live row, whatever the working copy says', () => {
    expect(readItemState({ live: { _status: 'draft', stage: 'withdrawn' }, latest: { stage: 'in_review' } })).toMatchObject({
      live: 'withdrawn',
      working: 'in_review',
    })
    expect(readItemState({ live: { _status: 'draft', stage: 'withdrawn' }, latest: { stage: 'published' } })).toMatchObject({
      live: 'withdrawn',
      working: null,
    })
  })

  it('reads a never-published scheduled item as scheduled with an approved working copy', () => {
    expect(readItemState({ live: { _status: 'draft', stage: 'draft' }, latest: { stage: 'scheduled', publishAt: '2026-12-01T00:00:00.000Z' } })).toEqual({
      live: 'scheduled',
      working: 'approved',
      publishAt: '2026-12-01T00:00:00.000Z',
      unpublishAt: null,
    })
  })

  it('reads a new item as unpublished with a draft', () => {
    expect(readItemState({ live: null, latest: { stage: 'draft' } })).toMatchObject({ live: 'unpublished', working: 'draft' })
  })
})

describe('workflow request bodies', () => {
  const reviewer = { id: 1, roles: ['reviewer'] }
  const at = (working: WorkingStage | null, live: LiveState = 'unpublished') => stateOf({ live, working, publishAt: false, unpublishAt: false })

  it('refuses an unknown action, naming the field', () => {
    expect(decideTransition({ action: 'delete', state: at('draft'), actor: reviewer, authorIds: [], now })).toMatchObject({ status: 400, field: 'action' })
  })

  it('needs a comment to request changes and a reason to withdraw', () => {
    expect(decideTransition({ action: 'request_changes', state: at('in_review'), actor: reviewer, authorIds: [], comment: '  ', now })).toMatchObject({
      status: 400,
      field: 'comment',
    })
    expect(decideTransition({ action: 'withdraw', state: at(null, 'published'), actor: reviewer, authorIds: [], now })).toMatchObject({
      status: 400,
      field: 'comment',
      message: expect.stringMatching(/lý do/),
    })
  })

  it('needs a future ISO-8601 publishAt to schedule', () => {
    const base = { action: 'schedule', state: at('approved'), actor: reviewer, authorIds: [], now }
    expect(decideTransition({ ...base })).toMatchObject({ status: 400, field: 'publishAt' })
    expect(decideTransition({ ...base, publishAt: 'tomorrow' })).toMatchObject({ status: 400, field: 'publishAt' })
    // Without a zone the time would be read in the server's zone: refused, naming the field.
    expect(decideTransition({ ...base, publishAt: '2099-12-20T10:00:00' })).toMatchObject({ status: 400, field: 'publishAt' })
    expect(decideTransition({ ...base, publishAt: '2099-12-20T10:00:00+07:00' })).toMatchObject({ ok: true })
    expect(decideTransition({ ...base, publishAt: '2026-11-27T23:00:00Z' })).toMatchObject({ status: 400, code: 'publish_at_in_past' })
    const ok = decideTransition({ ...base, publishAt: '2026-11-28T08:00:00+07:00' })
    expect(ok).toMatchObject({ ok: true, to: { live: 'scheduled', working: 'approved' }, publishAt: new Date('2026-11-28T01:00:00Z') })
  })

  it('refuses a comment that is not text', () => {
    expect(decideTransition({ action: 'submit', state: at('draft'), actor: { id: 1, roles: ['editor'] }, authorIds: [], comment: 42, now })).toMatchObject({
      status: 400,
      field: 'comment',
    })
  })
})
