import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'

import { openApiDocument } from '@/openapi/openApiDocument'
import { parseManageForm } from '@/subscriptions/http/parseManageForm'
import { parseSubscribeRequest } from '@/subscriptions/parseSubscribeRequest'

const minimal = { email: 'anh@bao.vn', locale: 'vi', frequency: 'daily' }

/** The field a body is refused for, or 'ok'. */
const refusedField = (body: unknown): string => {
  const result = parseSubscribeRequest(body)
  return result.ok ? 'ok' : result.field
}

const valueOf = (body: unknown) => {
  const result = parseSubscribeRequest(body)
  if (!result.ok) throw new Error(`refused: ${result.field}: ${result.message}`)
  return result.value
}

describe('parseSubscribeRequest', () => {
  it('accepts the smallest valid body and fills in empty interest lists', () => {
    expect(valueOf(minimal)).toEqual({
      email: 'anh@bao.vn',
      name: undefined,
      outlet: undefined,
      locale: 'vi',
      frequency: 'daily',
      topics: [],
      campaigns: [],
      contentTypes: [],
    })
  })

  it('accepts a full body in English with every frequency', () => {
    for (const frequency of ['immediate', 'daily', 'weekly']) {
      const value = valueOf({
        ...minimal,
        locale: 'en',
        frequency,
        name: 'Anh',
        outlet: 'VietNamNet',
        topics: ['an-toan-tren-mang'],
        campaigns: ['thang-7'],
        contentTypes: ['article', 'briefing-pack'],
      })
      expect(value).toMatchObject({
        locale: 'en',
        frequency,
        name: 'Anh',
        outlet: 'VietNamNet',
        topics: ['an-toan-tren-mang'],
        campaigns: ['thang-7'],
        contentTypes: ['article', 'briefing-pack'],
      })
    }
  })

  it('says why a body is refused in the client’s language, Vietnamese unless asked otherwise, naming the same field', () => {
    const vi = parseSubscribeRequest({ ...minimal, frequency: 'monthly' })
    const en = parseSubscribeRequest({ ...minimal, frequency: 'monthly' }, 'en')
    expect(vi).toEqual({ ok: false, field: 'frequency', message: '`frequency` phải là immediate, daily hoặc weekly.' })
    expect(en).toEqual({ ok: false, field: 'frequency', message: '`frequency` must be immediate, daily or weekly.' })
  })

  it('refuses a body that is not a JSON object, naming the field body', () => {
    for (const body of [null, undefined, 'anh@bao.vn', 42, true, [], [minimal]]) expect(refusedField(body), JSON.stringify(body)).toBe('body')
  })

  it('stores the address trimmed and in lower case, so one address is one subscriber', () => {
    expect(valueOf({ ...minimal, email: '  ANH@Bao.VN \n' }).email).toBe('anh@bao.vn')
  })

  it('refuses every malformed address with the field email', () => {
    const bad = [
      undefined,
      null,
      '',
      42,
      ['anh@bao.vn'],
      'anh',
      'anh@',
      '@bao.vn',
      'anh@bao',
      'anh@bao.v',
      'an h@bao.vn',
      'anh@@bao.vn',
      'anh@bao@vn.vn',
      '<anh@bao.vn>',
      'anh@bao.vn\r\nBcc: evil@x.test',
      'anh\u0000@bao.vn',
      'a"b@bao.vn',
      `${'a'.repeat(250)}@bao.vn`,
    ]
    for (const email of bad) {
      const result = parseSubscribeRequest({ ...minimal, email })
      expect(result.ok, JSON.stringify(email)).toBe(false)
      if (!result.ok) {
        expect(result.field).toBe('email')
        expect(result.message).toContain('`email`')
      }
    }
  })

  it('refuses a locale other than vi or en with the field locale', () => {
    for (const locale of [undefined, null, '', 'VI', 'fr', 'vi-VN', 1]) expect(refusedField({ ...minimal, locale }), String(locale)).toBe('locale')
  })

  it('refuses a frequency other than immediate, daily or weekly with the field frequency', () => {
    for (const frequency of [undefined, null, '', 'monthly', 'Daily', 'hourly', 7])
      expect(refusedField({ ...minimal, frequency }), String(frequency)).toBe('frequency')
  })

  it('reports the first wrong field in the order email, locale, frequency, name, outlet, topics, campaigns, contentTypes', () => {
    expect(refusedField({ email: 'x', locale: 'fr', frequency: 'never' })).toBe('email')
    expect(refusedField({ ...minimal, locale: 'fr', frequency: 'never' })).toBe('locale')
    expect(refusedField({ ...minimal, name: 5, outlet: 5 })).toBe('name')
    expect(refusedField({ ...minimal, topics: 'x', campaigns: 'x', contentTypes: 'x' })).toBe('topics')
    expect(refusedField({ ...minimal, campaigns: 'x', contentTypes: 'x' })).toBe('campaigns')
  })

  for (const field of ['name', 'outlet'] as const) {
    it(`turns CR, LF and other control characters in ${field} into single spaces, so it can never become a mail header`, () => {
      expect(valueOf({ ...minimal, [field]: 'Anh\r\nBcc: evil@x.test' })[field]).toBe('Anh Bcc: evil@x.test')
      expect(valueOf({ ...minimal, [field]: 'Anh\rBcc:\nx\u0000y\u007fz\tw' })[field]).toBe('Anh Bcc: x y z w')
      expect(valueOf({ ...minimal, [field]: '  Nguyễn   Văn  Anh  ' })[field]).toBe('Nguyễn Văn Anh')
    })

    it(`leaves ${field} out when it is empty, null, or only control characters`, () => {
      for (const value of ['', null, undefined, '\r\n', ' \t ']) expect(valueOf({ ...minimal, [field]: value })[field], JSON.stringify(value)).toBeUndefined()
    })

    it(`refuses ${field} when it is not text or longer than 120 characters once cleaned`, () => {
      for (const value of [42, true, ['Anh'], { first: 'Anh' }]) expect(refusedField({ ...minimal, [field]: value }), JSON.stringify(value)).toBe(field)
      expect(refusedField({ ...minimal, [field]: 'a'.repeat(121) })).toBe(field)
      expect(valueOf({ ...minimal, [field]: 'a'.repeat(120) })[field]).toHaveLength(120)
      // Spaces folded away do not count against the limit.
      expect(valueOf({ ...minimal, [field]: `${'a'.repeat(60)}\r\n\r\n${'b'.repeat(59)}` })[field]).toHaveLength(120)
      const result = parseSubscribeRequest({ ...minimal, [field]: 7 })
      expect(result.ok ? '' : result.message).toContain(`\`${field}\``)
    })
  }

  for (const field of ['topics', 'campaigns'] as const) {
    it(`refuses ${field} that is not a list of at most 50 slugs, quoting the bad slug`, () => {
      const bad = [
        'an-toan',
        { a: 1 },
        5,
        ['An-Toan'],
        ['a--b'],
        ['-a'],
        ['a-'],
        ['a b'],
        ['an_toan'],
        [''],
        [7],
        [null],
        ['x'.repeat(121)],
        Array.from({ length: 51 }, (_, i) => `t-${i}`),
      ]
      for (const value of bad) expect(refusedField({ ...minimal, [field]: value }), JSON.stringify(value).slice(0, 60)).toBe(field)
      const result = parseSubscribeRequest({ ...minimal, [field]: ['ok', 'Not-OK'] })
      expect(result.ok ? '' : result.message).toContain('"Not-OK"')
    })

    it(`accepts up to 50 ${field}, drops repeats, and reads null as none`, () => {
      expect(valueOf({ ...minimal, [field]: Array.from({ length: 50 }, (_, i) => `t-${i}`) })[field]).toHaveLength(50)
      expect(valueOf({ ...minimal, [field]: ['a', 'b-2', 'a'] })[field]).toEqual(['a', 'b-2'])
      expect(valueOf({ ...minimal, [field]: null })[field]).toEqual([])
      expect(valueOf({ ...minimal, [field]: [] })[field]).toEqual([])
    })
  }

  it('refuses contentTypes that are not a list of article, campaign and briefing-pack', () => {
    for (const value of ['article', 5, {}, ['video'], ['Article'], ['article', 'briefing_pack'], [null]]) {
      expect(refusedField({ ...minimal, contentTypes: value }), JSON.stringify(value)).toBe('contentTypes')
    }
  })

  it('accepts content types once each, and null as none', () => {
    expect(valueOf({ ...minimal, contentTypes: ['campaign', 'article', 'campaign'] }).contentTypes).toEqual(['campaign', 'article'])
    expect(valueOf({ ...minimal, contentTypes: null }).contentTypes).toEqual([])
  })

  it('ignores fields it does not know, such as a status a client would like to set', () => {
    expect(valueOf({ ...minimal, status: 'active', confirmTokenHash: 'x' })).not.toHaveProperty('status')
  })
})

describe('the OpenAPI description of the subscribe body', () => {
  const doc = openApiDocument('https://newsroom.example.vn') as Record<string, any>
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'https://newsroom.example.vn/openapi.json', components: doc.components }, 'openapi')
  const validate = ajv.getSchema('openapi#/components/schemas/SubscribeRequest')!

  it('accepts exactly the locales, frequencies, slugs and content types parseSubscribeRequest accepts', () => {
    const cases: Array<Record<string, unknown>> = [
      {},
      { locale: 'en' },
      { locale: 'fr' },
      { locale: undefined },
      { frequency: 'weekly' },
      { frequency: 'monthly' },
      { frequency: undefined },
      { topics: ['an-toan-tren-mang'] },
      { topics: ['An-Toan'] },
      { topics: ['a--b'] },
      { topics: null },
      { topics: 'a' },
      { topics: Array.from({ length: 51 }, (_, i) => `t-${i}`) },
      { campaigns: ['thang-7'] },
      { campaigns: ['-x'] },
      { campaigns: [] },
      { contentTypes: ['article', 'briefing-pack'] },
      { contentTypes: ['video'] },
      { contentTypes: null },
      { contentTypes: 'article' },
      { name: 'Anh', outlet: 'VietNamNet' },
      { name: null },
      { name: 5 },
      { outlet: ['x'] },
    ]
    for (const change of cases) {
      const body = JSON.parse(JSON.stringify({ ...minimal, ...change }))
      expect(validate(body), JSON.stringify(change)).toBe(parseSubscribeRequest(body).ok)
    }
  })

  it('documents the operation without a key, with 202, 400, 413 and 429', () => {
    const operation = doc.paths['/api/v1/subscriptions'].post
    expect(operation.security).toEqual([])
    expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/SubscribeRequest' })
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['202', '400', '413', '429']))
    expect(operation.responses['429'].headers).toHaveProperty(['Retry-After'])
    expect(ajv.getSchema('openapi#/components/schemas/Error')!({ error: { code: 'payload_too_large', message: 'The body is larger than 10 KB.' } })).toBe(true)
  })
})

describe('parseManageForm', () => {
  const form = (fields: Array<[string, string]>) => new URLSearchParams(fields)
  const base: Array<[string, string]> = [
    ['name', 'Anh'],
    ['outlet', ''],
    ['locale', 'en'],
    ['frequency', 'weekly'],
  ]

  it('reads repeated checkboxes as lists, and an emptied name or outlet as cleared', () => {
    const result = parseManageForm(form([...base, ['topics', 'a'], ['topics', 'b-2'], ['contentTypes', 'article']]))
    expect(result).toEqual({
      ok: true,
      value: { name: 'Anh', outlet: null, locale: 'en', frequency: 'weekly', topics: ['a', 'b-2'], contentTypes: ['article'] },
    })
  })

  it('names the field of a bad value, with the same rules as the subscribe endpoint', () => {
    const refused = (fields: Array<[string, string]>) => {
      const result = parseManageForm(form(fields))
      return result.ok ? 'ok' : result.field
    }
    expect(
      refused([
        ['locale', 'vi'],
        ['frequency', 'monthly'],
      ]),
    ).toBe('frequency')
    expect(refused([['frequency', 'daily']])).toBe('locale')
    expect(
      refused([
        ['name', 'x'.repeat(200)],
        ['locale', 'vi'],
        ['frequency', 'daily'],
      ]),
    ).toBe('name')
    expect(refused([...base, ['topics', 'Not A Slug']])).toBe('topics')
    expect(refused([...base, ['contentTypes', 'video']])).toBe('contentTypes')
  })

  it('strips line breaks from the name here too', () => {
    const result = parseManageForm(
      form([
        ['name', 'Anh\r\nBcc: evil@x.test'],
        ['locale', 'vi'],
        ['frequency', 'daily'],
      ]),
    )
    expect(result.ok && result.value.name).toBe('Anh Bcc: evil@x.test')
  })
})
