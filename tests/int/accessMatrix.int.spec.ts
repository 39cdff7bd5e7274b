import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { makeCampaign, publishForTest } from '../helpers/content'
import { makeAgency } from '../helpers/delivery'
import { graphql } from '../helpers/graphql'
import { login, rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeStaff } from '../helpers/users'

/**
 * One matrix over roles, content types, operations and channels. The expectations are
 * written from the rules (staff read everything, the public reads what is published;
 * editors create; editors and reviewers save drafts; admins do everything; press agencies
 * read what is published, with their API key) and checked through REST and GraphQL alike.
 */
type Persona = 'anonymous' | 'agency' | 'trusted agency' | Role
type Operation = 'read unpublished' | 'read published' | 'create' | 'update' | 'delete'
type Collection = 'campaigns' | 'articles' | 'briefing-packs'

const PERSONAS: Persona[] = ['anonymous', 'agency', 'trusted agency', 'editor', 'reviewer', 'press-officer', 'admin']
const COLLECTIONS: Collection[] = ['campaigns', 'articles', 'briefing-packs']
const OPERATIONS: Operation[] = ['read unpublished', 'read published', 'create', 'update', 'delete']

const EXPECTED: Record<Operation, Persona[]> = {
  'read unpublished': ['editor', 'reviewer', 'press-officer', 'admin'],
  'read published': ['anonymous', 'agency', 'trusted agency', 'editor', 'reviewer', 'press-officer', 'admin'],
  create: ['editor', 'admin'],
  update: ['editor', 'reviewer', 'admin'],
  delete: ['admin'],
}

const GRAPHQL_NAMES: Record<Collection, { one: string; many: string; title: string }> = {
  campaigns: { one: 'Campaign', many: 'Campaigns', title: 'title' },
  articles: { one: 'Article', many: 'Articles', title: 'headline' },
  'briefing-packs': { one: 'BriefingPack', many: 'BriefingPacks', title: 'title' },
}

let payload: Payload
let campaignId: number
const tokens: Partial<Record<Persona, string>> = {}
const fixtures: Record<Collection, { unpublished: number; published: number }> = {} as never

const titleData = (collection: Collection, title: string): Record<string, unknown> =>
  collection === 'articles' ? { headline: title, campaign: campaignId } : { title }

async function makeDoc(collection: Collection, title: string) {
  const doc = await payload.create({ collection, data: titleData(collection, title) as never, overrideAccess: true })
  return doc.id
}

/** Whether the operation succeeded for this persona, through REST. */
async function viaRest(persona: Persona, collection: Collection, operation: Operation): Promise<boolean> {
  const token = tokens[persona]
  switch (operation) {
    case 'read unpublished':
      return (await rest('GET', `/${collection}/${fixtures[collection].unpublished}?draft=true`, { token })).status === 200
    case 'read published':
      return (await rest('GET', `/${collection}/${fixtures[collection].published}`, { token })).status === 200
    case 'create':
      return (await rest('POST', `/${collection}`, { token, body: titleData(collection, `REST ${persona}`) })).status === 201
    case 'update':
      return (
        (await rest('PATCH', `/${collection}/${fixtures[collection].unpublished}?draft=true`, { token, body: { summary: `by ${persona}` } })).status === 200
      )
    case 'delete':
      return (await rest('DELETE', `/${collection}/${await makeDoc(collection, 'to delete')}`, { token })).status === 200
  }
}

/** Whether the operation succeeded for this persona, through GraphQL. */
async function viaGraphql(persona: Persona, collection: Collection, operation: Operation): Promise<boolean> {
  const token = tokens[persona]
  const { one, many, title } = GRAPHQL_NAMES[collection]
  const data = collection === 'articles' ? `{ ${title}: "GQL ${persona}", campaign: ${campaignId}, kind: news, urgency: 5 }` : `{ ${title}: "GQL ${persona}" }`
  switch (operation) {
    case 'read unpublished': {
      const result = await graphql(`{ ${many}(draft: true, where: { id: { equals: ${fixtures[collection].unpublished} } }) { docs { id } } }`, token)
      return (result.data?.[many]?.docs ?? []).length === 1
    }
    case 'read published': {
      const result = await graphql(`{ ${many}(where: { id: { equals: ${fixtures[collection].published} } }) { docs { id } } }`, token)
      return (result.data?.[many]?.docs ?? []).length === 1
    }
    case 'create': {
      const result = await graphql(`mutation { create${one}(data: ${data}, draft: true) { id } }`, token)
      return Boolean(result.data?.[`create${one}`]?.id) && !result.errors
    }
    case 'update': {
      const result = await graphql(
        `mutation { update${one}(id: ${fixtures[collection].unpublished}, data: { ${collection === 'articles' ? 'standfirst' : 'summary'}: "gql ${persona}" }, draft: true) { id } }`,
        token,
      )
      return Boolean(result.data?.[`update${one}`]?.id) && !result.errors
    }
    case 'delete': {
      const result = await graphql(`mutation { delete${one}(id: ${await makeDoc(collection, 'to delete')}) { id } }`, token)
      return Boolean(result.data?.[`delete${one}`]?.id) && !result.errors
    }
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  campaignId = (await makeCampaign(payload)).id
  tokens.agency = `agencies API-Key ${(await makeAgency(payload)).apiKey}`
  tokens['trusted agency'] = `agencies API-Key ${(await makeAgency(payload, { trusted: true })).apiKey}`
  for (const persona of PERSONAS) {
    if (persona === 'anonymous' || persona.includes('agency')) continue
    const user = await makeStaff(payload, [persona as Role])
    tokens[persona] = await login(user.email, user.password)
  }
  for (const collection of COLLECTIONS) {
    const unpublished = await makeDoc(collection, `Chưa xuất bản ${collection}`)
    const published = await makeDoc(collection, `Đã xuất bản ${collection}`)
    await publishForTest(payload, collection, published)
    fixtures[collection] = { unpublished, published }
  }
})

describe('the access matrix', () => {
  for (const channel of ['REST', 'GraphQL'] as const) {
    for (const collection of COLLECTIONS) {
      for (const operation of OPERATIONS) {
        for (const persona of PERSONAS) {
          const allowed = EXPECTED[operation].includes(persona)
          it(`${allowed ? 'lets' : 'refuses'} ${persona} ${operation} ${collection} through ${channel}`, async () => {
            const succeeded = channel === 'REST' ? await viaRest(persona, collection, operation) : await viaGraphql(persona, collection, operation)
            expect(succeeded).toBe(allowed)
          })
        }
      }
    }
  }
})
