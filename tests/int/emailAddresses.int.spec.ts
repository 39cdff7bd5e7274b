import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { withDeliveryErrors } from '@/delivery/api/errors'
import { PEER_HEADER } from '@/platform/http/peerHeader'
import { handleAccreditationForm } from '@/press/http/handleAccreditationForm'
import { AccreditationPage } from '@/site/press/AccreditationPage'
import { handleSubscribe } from '@/subscriptions/http/handleSubscribe'
import { renderPage } from '../helpers/renderPage'
import { rest } from '../helpers/rest'
import { getTestPayload } from '../helpers/testPayload'
import { makeActor } from '../helpers/codes'

/*
 * One rule for an e-mail address: what Payload's `email` field would refuse is refused by
 * the public forms first, as a field error, never as a server fault after the row is tried.
 */

const SITE = 'http://newsroom.test'
// Two dots in a row: a plain regex takes it, Payload's `email` rule does not.
const DOUBLE_DOT = 'a..b@bao.vn'

let payload: Payload
let serial = 0
const freshIp = () => `2001:db8:e3:${(++serial).toString(16)}::1`

beforeAll(async () => {
  payload = await getTestPayload()
})

const rowsWith = async (collection: 'journalists' | 'subscribers', email: string) =>
  (await payload.count({ collection, where: { email: { equals: email } }, overrideAccess: true })).totalDocs

function accreditationForm(email: string, lang: 'vi' | 'en') {
  const fields = { name: 'Trần Thị Hai Chấm', outlet: 'Báo Mẫu', email, pressCardNumber: '77/BTTTT', language: lang }
  const request = new Request(`${SITE}${lang === 'en' ? '/en' : ''}/press/accreditation/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: SITE, [PEER_HEADER]: freshIp() },
    body: new URLSearchParams(fields).toString(),
  })
  return handleAccreditationForm(payload, request, { lang })
}

/** The form page the browser lands on after the redirect, as the site draws it. */
async function formPageAfter(location: string, lang: 'vi' | 'en'): Promise<string> {
  const searchParams = Object.fromEntries(new URL(location, SITE).searchParams)
  return renderPage(createElement(AccreditationPage, { lang, searchParams }))
}

describe('the accreditation form', () => {
  it('sends an address Payload would refuse back to the form, naming the email field in the page’s language, and stores nothing', async () => {
    const vi = await accreditationForm(DOUBLE_DOT, 'vi')
    expect(vi.status).toBe(303)
    expect(vi.headers.get('location')).toBe('/press/accreditation?error=invalid&field=email#form-error')
    const viPage = await formPageAfter(vi.headers.get('location')!, 'vi')
    expect(viPage).toContain('href="#accreditation-email"')
    expect(viPage).toContain('Email công việc chưa đúng, ví dụ ten@bao.vn.')

    const en = await accreditationForm(DOUBLE_DOT, 'en')
    expect(en.status).toBe(303)
    expect(en.headers.get('location')).toBe('/en/press/accreditation?error=invalid&field=email#form-error')
    expect(await formPageAfter(en.headers.get('location')!, 'en')).toContain('Enter a work email address such as ten@bao.vn.')

    expect(await rowsWith('journalists', DOUBLE_DOT)).toBe(0)
  })
})

describe('the subscribe API', () => {
  async function subscribe(email: string, acceptLanguage: string) {
    const request = new Request(`${SITE}/api/v1/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage, [PEER_HEADER]: freshIp() },
      body: JSON.stringify({ email, locale: 'vi', frequency: 'daily' }),
    })
    const faults: unknown[] = []
    const response = await withDeliveryErrors(
      () => handleSubscribe(payload, request),
      (error) => faults.push(error),
      request,
    )
    return { status: response.status, body: (await response.json()) as any, faults }
  }

  it('answers 400 naming email for an address Payload would refuse, in the client’s language, and stores nothing', async () => {
    const vi = await subscribe(DOUBLE_DOT, 'vi')
    expect(vi.faults).toEqual([])
    expect(vi.status, JSON.stringify(vi.body)).toBe(400)
    expect(vi.body.error).toEqual({ code: 'invalid_parameter', field: 'email', message: '`email` phải là một địa chỉ email, ví dụ ten@bao.vn.' })

    const en = await subscribe(DOUBLE_DOT, 'en')
    expect(en.status).toBe(400)
    expect(en.body.error).toEqual({ code: 'invalid_parameter', field: 'email', message: '`email` must be an email address such as ten@bao.vn.' })

    expect(await rowsWith('subscribers', DOUBLE_DOT)).toBe(0)
  })
})

describe('the admin', () => {
  it('refuses a subscriber or an agency contact with an address Payload would refuse, naming the field in the officer’s language', async () => {
    const officer = await makeActor(payload, ['press-officer', 'admin'])
    const save = (path: string, body: Record<string, unknown>, lang: string) =>
      rest('POST', path, { token: officer.token, body, headers: { 'Accept-Language': lang } })
    const subscriber = { email: DOUBLE_DOT, locale: 'vi', frequency: 'daily', status: 'active' }
    for (const [lang, message] of [
      ['vi', 'Phải là địa chỉ email, ví dụ ten@bao.vn.'],
      ['en', 'Must be an email address, such as ten@bao.vn.'],
    ] as const) {
      const refused = await save('/subscribers', subscriber, lang)
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      expect(refused.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'email', message })])
      const agency = await save('/agencies', { name: `Cơ quan ${lang}`, kind: 'online', contactEmail: DOUBLE_DOT }, lang)
      expect(agency.status, JSON.stringify(agency.body)).toBe(400)
      expect(agency.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'contactEmail', message })])
    }
    expect(await rowsWith('subscribers', DOUBLE_DOT)).toBe(0)
  })
})
