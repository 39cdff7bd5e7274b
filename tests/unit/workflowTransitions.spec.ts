import { describe, expect, it } from 'vitest'

import { allowedActions, decideTransition, type Actor } from '../../src/workflow/decideTransition'
import { ACTIONS, STAGES, type Stage, type WorkflowAction } from '../../src/workflow/stages'

// The contract, written out independently of the rules table it tests.
const FROM: Record<WorkflowAction, Stage[]> = {
  submit: ['draft', 'changes_requested'],
  request_changes: ['in_review'],
  approve: ['in_review'],
  publish: ['approved'],
  schedule: ['approved'],
  unschedule: ['scheduled'],
  withdraw: ['published'],
  reopen: ['withdrawn', 'changes_requested'],
}
const TO: Record<WorkflowAction, Stage> = {
  submit: 'in_review',
  request_changes: 'changes_requested',
  approve: 'approved',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'approved',
  withdraw: 'withdrawn',
  reopen: 'draft',
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
    default:
      return is('reviewer')
  }
}

function expectedStatus(action: WorkflowAction, stage: Stage, persona: Persona): number {
  if (!roleMay(action, persona)) return 403
  if (!FROM[action].includes(stage)) return 409
  if (action === 'approve' && persona.author) return 403
  return 200
}

const now = new Date('2026-11-28T00:00:00Z')
const actorFor = (persona: Persona): Actor => ({ id: persona.author ? 7 : 99, roles: persona.roles })

describe('the workflow state machine', () => {
  for (const stage of STAGES) {
    for (const action of ACTIONS) {
      for (const persona of PERSONAS) {
        const status = expectedStatus(action, stage, persona)
        it(`${status === 200 ? 'lets' : 'refuses'} ${persona.name} ${action} an item in ${stage}${status === 200 ? '' : ` (${status})`}`, () => {
          const decision = decideTransition({
            action,
            stage,
            actor: actorFor(persona),
            authorIds: [7, 8],
            comment: 'A reason',
            publishAt: '2026-12-01T01:00:00Z',
            now,
          })
          if (status === 200) {
            expect(decision).toMatchObject({ ok: true, to: TO[action] })
          } else {
            expect(decision).toMatchObject({ ok: false, status })
          }
        })
      }
    }
  }

  it('names the stage and the actions still open when an action comes from the wrong stage', () => {
    const decision = decideTransition({ action: 'publish', stage: 'draft', actor: { id: 1, roles: ['reviewer'] }, authorIds: [2], now })
    expect(decision).toMatchObject({ ok: false, status: 409, allowed: [] })
    expect(decision.ok === false && decision.message).toMatch(/stage draft/)
  })

  it('lists only the actions this person may take from a stage', () => {
    expect(allowedActions('in_review', { id: 1, roles: ['reviewer'] }, [2])).toEqual(['request_changes', 'approve'])
    expect(allowedActions('in_review', { id: 2, roles: ['reviewer'] }, [2])).toEqual(['request_changes'])
    expect(allowedActions('draft', { id: 2, roles: ['press-officer'] }, [2])).toEqual(['submit'])
    expect(allowedActions('approved', { id: 3, roles: ['editor'] }, [2])).toEqual([])
  })
})

describe('workflow request bodies', () => {
  const reviewer = { id: 1, roles: ['reviewer'] }

  it('refuses an unknown action, naming the field', () => {
    expect(decideTransition({ action: 'delete', stage: 'draft', actor: reviewer, authorIds: [], now })).toMatchObject({ status: 400, field: 'action' })
  })

  it('needs a comment to request changes and a reason to withdraw', () => {
    expect(decideTransition({ action: 'request_changes', stage: 'in_review', actor: reviewer, authorIds: [], comment: '  ', now })).toMatchObject({ status: 400, field: 'comment' })
    expect(decideTransition({ action: 'withdraw', stage: 'published', actor: reviewer, authorIds: [], now })).toMatchObject({ status: 400, field: 'comment', message: expect.stringMatching(/reason/) })
  })

  it('needs a future ISO-8601 publishAt to schedule', () => {
    const base = { action: 'schedule', stage: 'approved' as const, actor: reviewer, authorIds: [], now }
    expect(decideTransition({ ...base })).toMatchObject({ status: 400, field: 'publishAt' })
    expect(decideTransition({ ...base, publishAt: 'tomorrow' })).toMatchObject({ status: 400, field: 'publishAt' })
    expect(decideTransition({ ...base, publishAt: '2026-11-27T23:00:00Z' })).toMatchObject({ status: 400, code: 'publish_at_in_past' })
    const ok = decideTransition({ ...base, publishAt: '2026-11-28T08:00:00+07:00' })
    expect(ok).toMatchObject({ ok: true, to: 'scheduled', publishAt: new Date('2026-11-28T01:00:00Z') })
  })

  it('refuses a comment that is not text', () => {
    expect(decideTransition({ action: 'submit', stage: 'draft', actor: { id: 1, roles: ['editor'] }, authorIds: [], comment: 42, now })).toMatchObject({ status: 400, field: 'comment' })
  })
})
