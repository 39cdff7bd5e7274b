import { describe, expect, it } from 'vitest'

import { progressOf, stillSending } from '@/email/progressOf'
import { runTitle } from '@/email/runTitle'
import { messagesIn } from '@/i18n/defineMessages'
import { mailRunMessages } from '@/i18n/messages/mailRuns'

const vi = messagesIn(mailRunMessages, 'vi').progress
const en = messagesIn(mailRunMessages, 'en').progress

describe("a mailing run's progress bar", () => {
  it('reads differently at each step as a run moves from queued through sending to sent', () => {
    const steps = [
      { status: 'sending', expected: 3, sent: 0, failed: 0, suppressed: 0 },
      { status: 'sending', expected: 3, sent: 1, failed: 0, suppressed: 0 },
      { status: 'sending', expected: 3, sent: 2, failed: 1, suppressed: 0 },
      { status: 'completed', expected: 3, sent: 2, failed: 1, suppressed: 0 },
    ]
    expect(steps.map((run) => progressOf(run, vi).reading)).toEqual([
      '0/3 đã gửi · đang chờ gửi',
      '1/3 đã gửi · đang gửi',
      '2/3 đã gửi · 1 lỗi · đang gửi',
      '2/3 đã gửi · 1 lỗi · đã xong',
    ])
    expect(steps.map((run) => progressOf(run, vi).settled)).toEqual([0, 1, 3, 3])
    expect(progressOf(steps[1]!, en).reading).toBe('1/3 sent · sending')
  })

  it('keeps asking for the totals while the run sends, and stops once it has completed', () => {
    expect(stillSending({ status: 'sending' })).toBe(true)
    expect(progressOf({ status: 'sending', expected: 1 }, vi).sending).toBe(true)
    expect(stillSending({ status: 'completed' })).toBe(false)
    expect(progressOf({ status: 'completed', expected: 1, sent: 1 }, vi).sending).toBe(false)
  })

  it('draws sent, failed and skipped deliveries as parts of one bar, full once every delivery has settled', () => {
    expect(progressOf({ status: 'sending', expected: 4, sent: 1 }, vi).shares).toEqual({ sent: 25, failed: 0, suppressed: 0 })
    const done = progressOf({ status: 'completed', expected: 4, sent: 2, failed: 1, suppressed: 1 }, vi)
    expect(done.shares).toEqual({ sent: 50, failed: 25, suppressed: 25 })
    expect(done.reading).toBe('2/4 đã gửi · 1 lỗi · 1 bỏ qua · đã xong')
  })

  it('never draws past its end or reads "NaN" for a run whose totals are missing or run ahead of what was expected', () => {
    expect(progressOf({}, vi)).toMatchObject({ expected: 0, settled: 0, shares: { sent: 0, failed: 0, suppressed: 0 }, reading: '0/0 đã gửi · đã xong' })
    const ahead = progressOf({ status: 'sending', expected: 2, sent: 3, failed: 1 }, vi)
    expect(ahead.shares.sent + ahead.shares.failed + ahead.shares.suppressed).toBe(100)
  })
})

describe("a mailing run's title", () => {
  it("is its kind and the item's headline in the reader's language", () => {
    expect(runTitle({ kind: 'alert', headline: 'Ba dấu hiệu con bị dụ dỗ trên mạng' }, 'vi')).toBe('Tin mới: Ba dấu hiệu con bị dụ dỗ trên mạng')
    expect(runTitle({ kind: 'alert', headline: 'Ba dấu hiệu con bị dụ dỗ trên mạng' }, 'en')).toBe('New: Ba dấu hiệu con bị dụ dỗ trên mạng')
    expect(runTitle({ kind: 'correction', headline: 'Bài đã gỡ' }, 'vi')).toBe('Gỡ bài: Bài đã gỡ')
  })

  it('names a digest by its kind and the days it covers', () => {
    expect(runTitle({ kind: 'daily', headline: '07/12/2026' }, 'vi')).toBe('Bản tin ngày: 07/12/2026')
    expect(runTitle({ kind: 'weekly', headline: '30/11/2026 – 06/12/2026' }, 'en')).toBe('Weekly digest: 30/11/2026 – 06/12/2026')
  })

  it('is the kind alone while there is no headline, and the headline alone for a kind it does not know', () => {
    expect(runTitle({ kind: 'weekly', headline: null }, 'vi')).toBe('Bản tin tuần')
    expect(runTitle({ kind: 'toString', headline: 'Tin' }, 'vi')).toBe('Tin')
  })
})
