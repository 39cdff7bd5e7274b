import { describe, expect, it } from 'vitest'

import { formatDate, formatDateTime, formatDateTimeBare } from '@/i18n/formatDateTime'
import { langFromAcceptLanguage, langOfRequest } from '@/i18n/lang'

describe('dates and times in Viet Nam time', () => {
  // 2 December 2026, 00:50 UTC, is 07:50 in Viet Nam.
  const instant = '2026-12-02T00:50:00.000Z'

  it("writes a time as dd/MM/yyyy HH:mm with the zone named in the reader's language", () => {
    expect(formatDateTime(instant, 'vi')).toBe('02/12/2026 07:50 giờ Việt Nam')
    expect(formatDateTime(new Date(instant), 'en')).toBe('02/12/2026 07:50 Viet Nam time')
  })

  it('puts the day first, so 12 February is never read as 2 December', () => {
    expect(formatDate('2026-02-12T03:00:00.000Z')).toBe('12/02/2026')
    expect(formatDate(instant)).toBe('02/12/2026')
  })

  it('counts the day in Viet Nam, not in UTC, late in the evening UTC', () => {
    expect(formatDateTimeBare('2026-12-31T18:30:00.000Z')).toBe('01/01/2027 01:30')
  })

  it('writes nothing for a value that is not a date, rather than "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'vi')).toBe('')
    expect(formatDate('')).toBe('')
  })
})

describe('the language a client asks for', () => {
  it('follows Accept-Language by its weights, and is Vietnamese when the header names neither language', () => {
    expect(langFromAcceptLanguage('en-GB,en;q=0.9,vi;q=0.5')).toBe('en')
    expect(langFromAcceptLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi')
    expect(langFromAcceptLanguage('fr-FR,en;q=0.3,vi;q=0.7')).toBe('vi')
    expect(langFromAcceptLanguage('de')).toBe('vi')
    expect(langFromAcceptLanguage(null)).toBe('vi')
    expect(langFromAcceptLanguage('en;q=abc, ;;;')).toBe('vi')
  })

  it('lets ?locale= choose over the header', () => {
    const request = { url: 'http://newsroom.test/api/v1/items?locale=en', headers: new Headers({ 'accept-language': 'vi' }) }
    expect(langOfRequest(request)).toBe('en')
    expect(langOfRequest({ url: 'http://newsroom.test/x?locale=fr', headers: new Headers({ 'accept-language': 'en' }) })).toBe('en')
  })
})
