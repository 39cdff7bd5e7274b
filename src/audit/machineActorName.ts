import { messagesIn } from '@/i18n/defineMessages'
import type { Lang } from '@/i18n/lang'
import { auditMessages } from '@/i18n/messages/audit'

/**
 * The name of whoever acted without a staff account, in the reader's language: the
 * scheduler, the system, or a journalist (stored as `journalist #12 ten@bao.vn`).
 */
export function machineActorName(label: string | null | undefined, lang: Lang): string {
  const words = messagesIn(auditMessages, lang)
  if (!label || label === 'system') return words.system
  if (label === 'scheduler') return words.scheduler
  const journalist = /^journalist #\d+\s*(.*)$/.exec(label)
  if (journalist) return words.journalist(journalist[1] ?? '')
  return label
}
