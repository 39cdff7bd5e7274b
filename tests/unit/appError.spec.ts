import { describe, expect, it } from 'vitest'

import { errorPageResponse } from '@/i18n/errorPage'
import { errorTitleMessages } from '@/i18n/messages/errors'
import { AppError, ERROR_STATUS, errorJsonResponse, refusal } from '@/platform/errors/appError'
import { decideTransition } from '@/workflow/decideTransition'

describe('the one error type', () => {
  it('answers as the JSON body with the status its code has, naming the field', async () => {
    const response = errorJsonResponse(new AppError('consultation_closed', 'Đợt lấy ý kiến đã đóng.', { field: 'clause', headers: { 'Retry-After': '5' } }))
    expect(response.status).toBe(409)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('retry-after')).toBe('5')
    expect(await response.json()).toEqual({ error: { code: 'consultation_closed', message: 'Đợt lấy ý kiến đã đóng.', field: 'clause' } })
  })

  it('answers as a page in the reader language with the title of its code, the message escaped', async () => {
    const response = errorPageResponse(new AppError('rate_limited', 'Thử lại sau <60> giây.'), 'vi')
    expect(response.status).toBe(429)
    const html = await response.text()
    expect(html).toContain('<html lang="vi"')
    expect(html).toContain(`<h1>${errorTitleMessages.vi.rate_limited}</h1>`)
    expect(html).toContain('Thử lại sau &lt;60&gt; giây.')
    const english = await errorPageResponse(new AppError('not_found', 'No such code.'), 'en').text()
    expect(english).toContain(`<h1>${errorTitleMessages.en.not_found}</h1>`)
  })

  it('gives every code a page title in each language', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const code of Object.keys(ERROR_STATUS) as Array<keyof typeof ERROR_STATUS>) expect(errorTitleMessages[lang][code], `${lang} ${code}`).toMatch(/\S/)
    }
  })

  it('makes a pure decision refuse with the status its code has everywhere', () => {
    expect(refusal('four_eyes')).toEqual({ ok: false, status: 403, code: 'four_eyes' })
    const decision = decideTransition({
      action: 'fly' as never,
      state: { live: 'none', working: 'draft' },
      actor: { id: 1, roles: ['editor'] },
      authorIds: [1],
      now: new Date(),
    } as never)
    expect(decision.ok).toBe(false)
    if (decision.ok) return
    expect(decision.code).toBe('invalid_action')
    expect(decision.status).toBe(ERROR_STATUS.invalid_action)
  })
})
