import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedProgramme } from '@/seed/seedProgramme'
import { makeCampaign } from '../helpers/content'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload
let task7: { id: number }

const taskNumbered = async (number: number, year = 2021) => {
  const { docs } = await payload.find({
    collection: 'programme-tasks',
    where: { and: [{ number: { equals: number } }, { 'year.year': { equals: year } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]!
}

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
  task7 = await taskNumbered(7)
})

describe('programme tasks as living work', () => {
  it('belong to the seeded 2021 programme year, with its decision number and objectives', async () => {
    const { docs } = await payload.find({ collection: 'programme-years', where: { year: { equals: 2021 } }, overrideAccess: true })
    expect(docs[0]?.decisionNumber).toBe('2264/QĐ-BTTTT')
    const task = await taskNumbered(5)
    expect(task.objectives).toHaveLength(2)
  })

  it('show a status computed from the due period: a 2021 task never completed is late today', async () => {
    const editor = await makeStaff(payload, ['editor'])
    const response = await rest('GET', `/programme-tasks/${task7.id}?depth=0`, { token: await login(editor.email, editor.password) })
    expect(response.status).toBe(200)
    expect(response.body.status).toBe('late')
  })

  it('becomes done once the host marks it completed', async () => {
    const task = await taskNumbered(8)
    await payload.update({ collection: 'programme-tasks', id: task.id, data: { completedAt: '2021-06-15T00:00:00.000Z' }, overrideAccess: true })
    const read = await payload.findByID({ collection: 'programme-tasks', id: task.id, overrideAccess: true })
    expect(read.status).toBe('done')
  })

  it('lets the staff in charge add a dated progress update with evidence, signed and audited', async () => {
    const owner = await makeStaff(payload, ['editor'])
    await payload.update({ collection: 'programme-tasks', id: task7.id, data: { ownerStaff: [owner.id] }, overrideAccess: true })
    const token = await login(owner.email, owner.password)
    const response = await rest('PATCH', `/programme-tasks/${task7.id}`, {
      token,
      body: {
        progressUpdates: [{ date: '2021-05-10T00:00:00.000Z', text: 'Họp báo lần 1', evidence: [{ url: 'https://example.test/hop-bao', label: 'Biên bản' }] }],
      },
    })
    expect(response.status).toBe(200)
    const saved = await payload.findByID({ collection: 'programme-tasks', id: task7.id, depth: 0, overrideAccess: true })
    expect(saved.progressUpdates?.[0]?.author).toBe(owner.id)
    expect(saved.progressUpdates?.[0]?.evidence?.[0]?.url).toBe('https://example.test/hop-bao')
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ event: { equals: 'programme_change' } }, { targetId: { equals: String(task7.id) } }] },
      sort: '-createdAt',
      overrideAccess: true,
    })
    expect(audit.docs[0]?.actorId).toBe(owner.id)
    expect((audit.docs[0]?.details as { fields: string[] }).fields).toEqual(['progressUpdates'])
  })

  it('hides owners, progress and status from the public', async () => {
    const response = await rest('GET', `/programme-tasks/${task7.id}`)
    expect(response.status).toBe(200)
    expect(response.body.label).toBeTruthy()
    expect(response.body.status).toBeUndefined()
    expect(response.body.progressUpdates ?? []).toEqual([])
    expect(response.body.ownerStaff).toBeUndefined()
  })

  it('refuses progress from staff not in charge of the task, and the decision text from its owners', async () => {
    const other = await makeStaff(payload, ['editor'])
    const refused = await rest('PATCH', `/programme-tasks/${task7.id}`, {
      token: await login(other.email, other.password),
      body: { progressUpdates: [{ date: '2021-05-11T00:00:00.000Z', text: 'không được phép' }] },
    })
    expect(refused.status).toBe(403)
    const owner = (await payload.findByID({ collection: 'programme-tasks', id: task7.id, depth: 1, overrideAccess: true })).ownerStaff![0] as { email: string }
    expect(owner.email).toBeTruthy()
    const before = await payload.findByID({ collection: 'programme-tasks', id: task7.id, depth: 0, overrideAccess: true })
    const ownerUser = await makeStaff(payload, ['editor'])
    await payload.update({ collection: 'programme-tasks', id: task7.id, data: { ownerStaff: [ownerUser.id] }, overrideAccess: true })
    await rest('PATCH', `/programme-tasks/${task7.id}`, { token: await login(ownerUser.email, ownerUser.password), body: { due: '2030-Q1' } })
    const after = await payload.findByID({ collection: 'programme-tasks', id: task7.id, depth: 0, overrideAccess: true })
    expect(after.due).toBe(before.due)
  })

  it('lists on the task the content that serves it', async () => {
    const campaign = await makeCampaign(payload, 'Chiến dịch phục vụ nhiệm vụ 7')
    await payload.update({ collection: 'campaigns', id: campaign.id, data: { programmeTasks: [task7.id] } as never, overrideAccess: true })
    const read = await payload.findByID({ collection: 'programme-tasks', id: task7.id, depth: 0, overrideAccess: true })
    const served = read.servedBy_campaigns as { docs: unknown[] }
    expect(served.docs).toContain(campaign.id)
  })

  it('copies the tasks forward into next year with its own decision number', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const token = await login(admin.email, admin.password)
    const editor = await makeStaff(payload, ['editor'])
    const refused = await rest('POST', '/programme-years/copy-forward', {
      token: await login(editor.email, editor.password),
      body: { fromYear: 2021, decisionNumber: '1/QĐ-BTTTT', reportDue: '2022-12-24T17:00:00.000Z' },
    })
    expect(refused.status).toBe(403)
    const missing = await rest('POST', '/programme-years/copy-forward', { token, body: { fromYear: 2021, reportDue: '2022-12-24T17:00:00.000Z' } })
    expect(missing.status).toBe(400)
    expect(missing.body.error.field).toBe('decisionNumber')
    const response = await rest('POST', '/programme-years/copy-forward', {
      token,
      body: { fromYear: 2021, decisionNumber: '1234/QĐ-BTTTT', reportDue: '2022-12-24T17:00:00.000Z' },
    })
    expect(response.status).toBe(201)
    expect(response.body.copied).toBe(9)
    const copy = await taskNumbered(7, 2022)
    expect(copy.due).toBe('2022-Q2')
    expect(copy.progressUpdates ?? []).toEqual([])
    expect((await taskNumbered(6, 2022)).due).toBe('regularly')
    const again = await rest('POST', '/programme-years/copy-forward', {
      token,
      body: { fromYear: 2021, decisionNumber: 'x', reportDue: '2022-12-24T17:00:00.000Z' },
    })
    expect(again.status).toBe(400)
    expect(again.body.error.field).toBe('toYear')
  })
})
