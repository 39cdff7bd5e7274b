import type { SameShape } from '../i18n/defineMessages'
import type { mailRunMessages } from '../i18n/messages/mailRuns'

/** A run's totals and status as the API and the edit form give them. */
export type RunTotals = { status?: string | null; expected?: number | null; sent?: number | null; failed?: number | null; suppressed?: number | null }

export type ProgressWords = SameShape<(typeof mailRunMessages)['vi']>['progress']

/** What a run's progress bar shows. */
export type RunProgress = {
  expected: number
  /** Deliveries settled one way or another: sent, failed or skipped. */
  settled: number
  /** Widths of the bar's parts, in percent of what is expected. */
  shares: { sent: number; failed: number; suppressed: number }
  /** Still sending: the bar keeps asking for the run's totals. */
  sending: boolean
  /** The bar's words, e.g. "2/3 đã gửi · 1 lỗi · đã xong". */
  reading: string
}

/** Whether a run is still sending, and so worth asking about again. */
export const stillSending = (run: RunTotals): boolean => run.status === 'sending'

const count = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0)

/**
 * A run's progress as its bar draws and reads it. A run is queued until a delivery settles,
 * sending until its status says completed; a completed run satisfies
 * expected = sent + failed + suppressed, so its bar is full.
 */
export function progressOf(run: RunTotals, words: ProgressWords): RunProgress {
  const expected = count(run.expected)
  const sent = count(run.sent)
  const failed = count(run.failed)
  const suppressed = count(run.suppressed)
  const settled = sent + failed + suppressed
  const sending = stillSending(run)
  // Totals are recounted while deliveries settle, so a part may briefly run ahead of `expected`.
  const whole = Math.max(expected, settled)
  const share = (part: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)
  const state = !sending ? words.completed : settled === 0 ? words.queued : words.sending
  const reading = [words.sent(sent, expected), failed ? words.failed(failed) : null, suppressed ? words.suppressed(suppressed) : null, state]
    .filter((part): part is string => part !== null)
    .join(' · ')
  return { expected, settled, shares: { sent: share(sent), failed: share(failed), suppressed: share(suppressed) }, sending, reading }
}
