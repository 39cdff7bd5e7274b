import { messagesIn } from '../i18n/defineMessages'
import type { Lang } from '../i18n/lang'
import { mailRunMessages } from '../i18n/messages/mailRuns'

type Run = { kind?: string | null; headline?: string | null }

/**
 * What a mailing run is called in the admin: its kind and what it is about, in the reader's
 * language ("Tin mới: <headline>", "Weekly digest: 30/11/2026 – 06/12/2026"). Its kind alone
 * while it has no headline; its headline alone for a kind this version does not know.
 */
export function runTitle(run: Run, lang: Lang): string {
  const words = messagesIn(mailRunMessages, lang)
  const kind = run.kind && Object.hasOwn(words.kind, run.kind) ? words.kind[run.kind as keyof typeof words.kind] : null
  const about = run.headline?.trim() ?? ''
  if (!kind) return about
  return about ? words.title(kind, about) : kind
}
