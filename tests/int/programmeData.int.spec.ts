import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ProgrammeTask } from '../../payload-types'
import { seedProgramme } from '@/seed/seedProgramme'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await seedProgramme(payload)
})

const codeOf = (institution: ProgrammeTask['host']) => (typeof institution === 'object' ? institution.code : undefined)

describe('programme data', () => {
  it('holds the nine tasks, five objectives and eight institutions, and a second seed adds nothing', async () => {
    await seedProgramme(payload)
    expect((await payload.count({ collection: 'programme-tasks' })).totalDocs).toBe(9)
    expect((await payload.count({ collection: 'programme-objectives' })).totalDocs).toBe(5)
    expect((await payload.count({ collection: 'institutions' })).totalDocs).toBe(8)
  })

  it('marks tasks 5, 6, 7 and 9 as the ones this system serves', async () => {
    const { docs } = await payload.find({ collection: 'programme-tasks', where: { inScope: { equals: true } }, sort: 'number' })
    expect(docs.map((task) => task.number)).toEqual([5, 6, 7, 9])
  })

  it('keeps each task’s host, coordinating institutions and due period', async () => {
    const { docs } = await payload.find({ collection: 'programme-tasks', where: { number: { equals: 5 } }, depth: 1, locale: 'en' })
    const task = docs[0]!
    expect(codeOf(task.host)).toBe('AIS')
    expect(task.coordination?.map(codeOf)).toEqual(['VNTA', 'ABEI', 'VNNIC'])
    expect(task.due).toBe('2021-Q3')
    expect(task.text).toMatch(/code of conduct on child protection in cyberspace/)
    expect(task.label).toBe('Task 5')
  })

  it('names institutions in Vietnamese by default and in English on request', async () => {
    const where = { code: { equals: 'VNN' } }
    const vi = await payload.find({ collection: 'institutions', where })
    const en = await payload.find({ collection: 'institutions', where, locale: 'en' })
    expect(vi.docs[0]?.name).toBe('Báo VietNamNet')
    expect(en.docs[0]?.name).toBe('VietNamNet Newspaper')
  })

  it('lets anyone read the tasks but not change them, and lets an admin correct them', async () => {
    const anonymous = await rest('GET', '/programme-tasks?where[number][equals]=9')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.docs[0].due).toBe('regularly')
    const task = anonymous.body.docs[0]

    const denied = await rest('PATCH', `/programme-tasks/${task.id}`, { body: { due: '2099-Q1' } })
    expect(denied.status).toBe(403)
    const editor = await makeStaff(payload, ['editor'])
    const editorDenied = await rest('PATCH', `/programme-tasks/${task.id}`, { token: await login(editor.email, editor.password), body: { due: '2099-Q1' } })
    expect(editorDenied.status).toBe(403)

    const admin = await makeStaff(payload, ['admin'])
    const allowed = await rest('PATCH', `/programme-tasks/${task.id}`, { token: await login(admin.email, admin.password), body: { due: '2021-Q4' } })
    expect(allowed.status).toBe(200)
    // The next seed puts the decision's value back.
    await seedProgramme(payload)
    expect((await payload.findByID({ collection: 'programme-tasks', id: task.id })).due).toBe('regularly')
  })
})
