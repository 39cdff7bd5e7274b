import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { allowedActions, decideTransition } from '@/workflow/decideTransition'
import type { ItemState } from '@/workflow/itemState'
import { ACTIONS, type LiveState, type WorkingStage } from '@/workflow/stages'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/**
 * The workflow through the real API and database, for every state an item can be in, every
 * action and every role: what the endpoint offers each person is what the state machine
 * allows, and every action it refuses is refused with the machine's status and code,
 * leaving the item as it was. (The actions that are allowed are taken, one by one, in the
 * workflow and live-copy integration tests.)
 */
type Person = Awaited<ReturnType<typeof makeStaff>> & { token: string; label: string }
type Recipe = {
  live: LiveState
  working: WorkingStage | null
  scheduled?: boolean
  withdrawalScheduled?: boolean
  steps: Array<[keyof typeof by, Record<string, unknown>]>
}

let payload: Payload
let campaignId: number
const by = {} as Record<'author' | 'reviewer', Person>
let people: Person[] = []

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const act = (person: Person, id: number, body: Record<string, unknown>) => rest('POST', `/workflow/articles/${id}`, { token: person.token, body })
const stateOf = async (person: Person, id: number) => (await rest('GET', `/workflow/articles/${id}`, { token: person.token })).body

const submit: Recipe['steps'][number] = ['author', { action: 'submit' }]
const approve: Recipe['steps'][number] = ['reviewer', { action: 'approve' }]
const publish: Recipe['steps'][number] = ['reviewer', { action: 'publish' }]
const live = [submit, approve, publish]
const EDIT = 'edit' as const

const RECIPES: Recipe[] = [
  { live: 'unpublished', working: 'draft', steps: [] },
  { live: 'unpublished', working: 'in_review', steps: [submit] },
  { live: 'unpublished', working: 'changes_requested', steps: [submit, ['reviewer', { action: 'request_changes', comment: 'Thêm nguồn.' }]] },
  { live: 'unpublished', working: 'approved', steps: [submit, approve] },
  { live: 'scheduled', working: 'approved', scheduled: true, steps: [submit, approve, ['reviewer', { action: 'schedule', publishAt: inDays(30) }]] },
  { live: 'published', working: null, steps: live },
  {
    live: 'published',
    working: null,
    withdrawalScheduled: true,
    steps: [...live, ['reviewer', { action: 'withdraw', comment: 'Hết đợt.', unpublishAt: inDays(30) }]],
  },
  { live: 'published', working: 'draft', steps: [...live, ['author', { [EDIT]: true }]] },
  { live: 'published', working: 'in_review', steps: [...live, ['author', { [EDIT]: true }], submit] },
  {
    live: 'published',
    working: 'changes_requested',
    steps: [...live, ['author', { [EDIT]: true }], submit, ['reviewer', { action: 'request_changes', comment: 'Sửa lại.' }]],
  },
  { live: 'published', working: 'approved', steps: [...live, ['author', { [EDIT]: true }], submit, approve] },
  {
    live: 'published',
    working: 'approved',
    scheduled: true,
    steps: [...live, ['author', { [EDIT]: true }], submit, approve, ['reviewer', { action: 'schedule', publishAt: inDays(30) }]],
  },
  { live: 'withdrawn', working: null, steps: [...live, ['reviewer', { action: 'withdraw', comment: 'Nêu nhầm tên.' }]] },
  { live: 'withdrawn', working: 'draft', steps: [...live, ['reviewer', { action: 'withdraw', comment: 'Nêu nhầm tên.' }], ['author', { action: 'reopen' }]] },
]

const describeRecipe = (recipe: Recipe) =>
  `live ${recipe.live}${recipe.withdrawalScheduled ? ' (withdrawal scheduled)' : ''}, working copy ${recipe.working ?? 'none'}${recipe.scheduled ? ' (scheduled)' : ''}`

async function build(recipe: Recipe): Promise<number> {
  const created = await rest('POST', '/articles', {
    token: by.author.token,
    body: { headline: `Ma trận ${describeRecipe(recipe)} ${Math.random()}`, campaign: campaignId, standfirst: 'Tóm tắt.' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  for (const [who, body] of recipe.steps) {
    if (body[EDIT]) {
      const edited = await rest('PATCH', `/articles/${id}?draft=true`, { token: by[who].token, body: { standfirst: 'Bản sửa.' } })
      expect(edited.status, JSON.stringify(edited.body)).toBe(200)
      continue
    }
    const answer = await act(by[who], id, body)
    expect(answer.status, `${describeRecipe(recipe)}: ${JSON.stringify(body)} → ${JSON.stringify(answer.body)}`).toBe(200)
  }
  return id
}

/** A body that holds everything any action needs, so a refusal is about the action, never the body. */
const completeBody = (action: string) => ({ comment: 'Lý do đầy đủ.', publishAt: inDays(40), assignee: Number(by.reviewer.id), action })

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  const make = async (roles: Parameters<typeof makeStaff>[1], label: string): Promise<Person> => {
    const person = await makeStaff(payload, roles)
    return { ...person, token: await login(person.email, person.password), label }
  }
  by.author = await make(['editor'], 'the editor who wrote it')
  by.reviewer = await make(['reviewer'], 'a reviewer')
  people = [
    by.author,
    await make(['editor'], 'another editor'),
    by.reviewer,
    await make(['press-officer'], 'a press officer'),
    await make(['admin'], 'an admin'),
  ]
})

describe('the workflow API for every state, action and role', () => {
  for (const recipe of RECIPES) {
    it(`offers and refuses exactly what the state machine says for an item with ${describeRecipe(recipe)}`, async () => {
      const id = await build(recipe)
      const before = await stateOf(by.reviewer, id)
      expect({ live: before.live, working: before.working, scheduled: Boolean(before.publishAt), withdrawalScheduled: Boolean(before.unpublishAt) }).toEqual({
        live: recipe.live,
        working: recipe.working,
        scheduled: Boolean(recipe.scheduled),
        withdrawalScheduled: Boolean(recipe.withdrawalScheduled),
      })
      const state: ItemState = { live: before.live, working: before.working, publishAt: before.publishAt ?? null, unpublishAt: before.unpublishAt ?? null }
      // Everyone who wrote the working copy, as stored: nobody once the live version is all there is.
      const latest = (await rest('GET', `/articles/${id}?draft=true&depth=0`, { token: by.reviewer.token })).body
      const authorIds = ((latest.authors ?? []) as Array<number | { id: number }>).map((author) => Number(typeof author === 'object' ? author.id : author))
      if (recipe.working === 'draft' && recipe.steps.some(([, body]) => body[EDIT])) expect(authorIds).toEqual([Number(by.author.id)])
      let refusals = 0
      for (const person of people) {
        const actor = { id: Number(person.id), roles: person.roles as string[] }
        const offered = (await stateOf(person, id)).allowedActions
        expect(offered, `${person.label}`).toEqual(allowedActions(state, actor, authorIds))
        for (const action of ACTIONS) {
          if (offered.includes(action)) continue
          const decision = decideTransition({ ...completeBody(action), state, actor, authorIds, now: new Date() })
          expect(decision.ok, `${person.label} ${action}`).toBe(false)
          if (decision.ok) continue
          const answer = await act(person, id, completeBody(action))
          expect([answer.status, answer.body.error?.code], `${person.label} ${action}`).toEqual([decision.status, decision.code])
          refusals += 1
        }
      }
      expect(refusals).toBeGreaterThan(0)
      const after = await stateOf(by.reviewer, id)
      expect({ live: after.live, working: after.working, publishAt: after.publishAt, unpublishAt: after.unpublishAt }).toEqual({
        live: before.live,
        working: before.working,
        publishAt: before.publishAt,
        unpublishAt: before.unpublishAt,
      })
    })
  }
})
