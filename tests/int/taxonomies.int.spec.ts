import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedTaxonomies } from '@/seed/seedTaxonomies'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await seedTaxonomies(payload)
})

describe('topics and audiences', () => {
  it('are seeded once with the programme’s vocabulary', async () => {
    // Other test files may add their own terms to the shared database: count what seeding adds.
    const first = await seedTaxonomies(payload)
    expect(first.topics).toBeGreaterThanOrEqual(9)
    expect(first.audiences).toBeGreaterThanOrEqual(8)
    expect(await seedTaxonomies(payload)).toEqual(first)
    const topics = await payload.find({ collection: 'topics', limit: 50 })
    expect(topics.docs.map((topic) => topic.slug)).toEqual(
      expect.arrayContaining([
        'grooming',
        'sexual-exploitation',
        'cyberbullying',
        'harmful-content',
        'privacy-personal-data',
        'online-scams',
        'digital-skills',
        'reporting-helplines',
        'cyber-attacks',
      ]),
    )
    const audiences = await payload.find({ collection: 'audiences', limit: 50 })
    expect(audiences.docs.map((audience) => audience.slug)).toEqual(
      expect.arrayContaining(['parents', 'teachers', 'caregivers', 'children-0-5', 'children-6-10', 'children-11-15', 'children-16-17', 'journalists']),
    )
  })

  it('are named in Vietnamese and English', async () => {
    const where = { slug: { equals: 'cyberbullying' } }
    expect((await payload.find({ collection: 'topics', where })).docs[0]?.name).toBe('Bắt nạt trực tuyến')
    expect((await payload.find({ collection: 'topics', where, locale: 'en' })).docs[0]?.name).toBe('Cyberbullying')
  })

  it('keep a term an editor renamed when seeding runs again', async () => {
    const [parents] = (await payload.find({ collection: 'audiences', where: { slug: { equals: 'parents' } } })).docs
    await payload.update({ collection: 'audiences', id: parents!.id, data: { name: 'Phụ huynh' }, locale: 'vi' })
    await seedTaxonomies(payload)
    expect((await payload.findByID({ collection: 'audiences', id: parents!.id })).name).toBe('Phụ huynh')
  })

  it('can be read by anyone, added to by editors, and not by anonymous callers', async () => {
    expect((await rest('GET', '/topics?limit=1')).status).toBe(200)
    expect((await rest('POST', '/topics', { body: { name: 'X', slug: 'x' } })).status).toBe(403)
    const editor = await makeStaff(payload, ['editor'])
    const token = await login(editor.email, editor.password)
    const created = await rest('POST', '/topics', { token, body: { name: 'Trò chơi trực tuyến', slug: 'online-games' } })
    expect(created.status).toBe(201)
    expect((await rest('DELETE', `/topics/${created.body.doc.id}`, { token })).status).toBe(403)
  })

  it('refuse a duplicate slug with a 400 naming the field', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const response = await rest('POST', '/topics', { token: await login(admin.email, admin.password), body: { name: 'Again', slug: 'grooming' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('slug')
  })
})
