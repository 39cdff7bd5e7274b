import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { measureQueryCost } from '@/graphql/measureQueryCost'
import { refuseCostlyQuery, reportRefusal } from '@/graphql/queryCostRule'
import { QUERY_LIMITS } from '@/graphql/queryLimits'
import { staffOnlyIntrospection } from '@/graphql/staffOnlyIntrospection'

const measure = (query: string) => measureQueryCost(parse(query))
const refusal = (query: string) => refuseCostlyQuery(parse(query), QUERY_LIMITS, 'en')
const aliases = (count: number, selection: string) => Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')

const schema = buildSchema(`
  type Campaign { id: Int title: String }
  type Article { id: Int headline: String campaign: Campaign }
  type Articles { totalDocs: Int docs: [Article] }
  type Query { Articles: Articles }
`)

describe('measuring a GraphQL query', () => {
  it('counts every alias as a field of its own', () => {
    expect(measure('{ Articles { totalDocs } }')).toEqual({ cost: 11, depth: 2, fragmentNesting: 0, fragmentCycle: null })
    expect(measure(`{ ${aliases(300, 'Articles { totalDocs }')} }`).cost).toBe(3300)
  })

  it('counts a fragment again at every spread', () => {
    const once = measure('{ Articles { docs { id headline } } }').cost
    const twice = measure('{ Articles { docs { ...f } } other: Articles { docs { ...f } } } fragment f on Article { id headline }').cost
    expect(twice).toBe(2 * once)
  })

  it('counts inline fragments and their depth', () => {
    expect(measure('{ Articles { docs { ... on Article { campaign { title } } } } }')).toEqual({ cost: 31, depth: 4, fragmentNesting: 0, fragmentCycle: null })
  })

  it('measures fragments that double at every level at once, with the figure the answer would have', () => {
    const levels = 60
    const fragments = Array.from({ length: levels }, (_, i) => `fragment f${i} on Article { id ${i + 1 < levels ? `...f${i + 1} ...f${i + 1}` : ''} }`)
    const started = Date.now()
    const { cost } = measure(`{ Articles { docs { ...f0 } } } ${fragments.join(' ')}`)
    expect(Date.now() - started).toBeLessThan(100)
    expect(cost).toBeGreaterThan(2 ** 59)
  })

  it('names a fragment that spreads itself, directly or through another', () => {
    expect(measure('{ Articles { docs { ...loop } } } fragment loop on Article { id ...loop }').fragmentCycle).toBe('loop')
    expect(measure('{ Articles { docs { ...a } } } fragment a on Article { ...b } fragment b on Article { ...a }').fragmentCycle).toBe('a')
  })

  const chain = (length: number) =>
    `{ Articles { docs { ...f0 } } } ${Array.from({ length }, (_, i) => `fragment f${i} on Article { ...f${i + 1} }`).join(' ')} fragment f${length} on Article { id }`

  it('refuses fragments spread inside one another too deep, however cheap', () => {
    expect(measure(chain(11)).fragmentNesting).toBe(12)
    expect(refusal(chain(11))?.code).toBe('QUERY_TOO_DEEP')
    expect(refusal(chain(9))).toBeNull()
  })

  it('refuses a chain of fragments too long to follow rather than crashing', () => {
    expect(refusal(chain(20_000))?.code).toBe('QUERY_TOO_COSTLY')
  })
})

describe('the limits', () => {
  it('let the queries the newsroom and its tests send pass', () => {
    for (const query of [
      '{ Articles(limit: 100) { totalDocs docs { id headline slug publishedAt campaign { id title slug } topics { id name slug } audiences { name } images { image { url alt width height sizes { thumbnail { url } } } } } } }',
      '{ CodeComments(limit: 100) { docs { id text name email } } }',
      'mutation { updateUser(id: 1, data: { roles: admin }) { roles } }',
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    ]) {
      expect(refusal(query)).toBeNull()
    }
  })

  it('refuse 300 aliases, ten copies of the introspection query and deep nesting, saying why', () => {
    expect(refusal(`{ ${aliases(300, 'Articles { totalDocs }')} }`)).toMatchObject({ code: 'QUERY_TOO_COSTLY', message: expect.stringContaining('3300') })
    const introspection = getIntrospectionQuery()
    const fragments = introspection.slice(introspection.indexOf('fragment'))
    const schemaSelection = introspection
      .slice(introspection.indexOf('{') + 1, introspection.indexOf('fragment'))
      .trim()
      .replace(/\}$/, '')
    expect(refusal(`{ ${aliases(10, schemaSelection)} } ${fragments}`)?.code).toBe('QUERY_TOO_COSTLY')
    expect(refusal(`{ ${aliases(1, schemaSelection)} } ${fragments}`)).toBeNull()
    expect(refusal(`{ ${'a { '.repeat(16)}b${' }'.repeat(16)} }`)?.code).toBe('QUERY_TOO_DEEP')
    expect(refusal('{ Articles { docs { ...loop } } } fragment loop on Article { id ...loop }')?.message).toContain('"loop"')
  })
})

describe('the validation rules', () => {
  it('report a refusal once, with its code', () => {
    const errors = validate(schema, parse('{ __typename }'), [reportRefusal({ code: 'QUERY_TOO_DEEP', message: 'too deep' })])
    expect(errors.map((error) => [error.message, error.extensions.code])).toEqual([['too deep', 'QUERY_TOO_DEEP']])
  })

  const introspect = (user: unknown, environment: string) =>
    validate(schema, parse('{ __schema { queryType { name } } t: __type(name: "Article") { name } __typename }'), [staffOnlyIntrospection(user, environment)])

  it('refuse introspection in production to the public and to agencies, once per introspection field', () => {
    expect(introspect(null, 'production').map((error) => error.extensions.code)).toEqual(['INTROSPECTION_FORBIDDEN', 'INTROSPECTION_FORBIDDEN'])
    expect(introspect({ collection: 'agencies', id: 1, active: true, trusted: true }, 'production')).toHaveLength(2)
  })

  it('answer introspection in production to any staff role, and to anyone elsewhere', () => {
    expect(introspect({ collection: 'users', id: 1, roles: ['editor'] }, 'production')).toEqual([])
    expect(introspect({ collection: 'users', id: 2, roles: ['press-officer'] }, 'production')).toEqual([])
    expect(introspect(null, 'development')).toEqual([])
  })
})
