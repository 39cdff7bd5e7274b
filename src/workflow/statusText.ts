import { messagesIn } from '../i18n/defineMessages'
import { adminLang } from '../i18n/lang'
import { workflowMessages } from '../i18n/messages/workflow'

type Status = { live: string; working: string | null }

const pick = (words: Readonly<Record<string, string>>, key: string): string => words[key] ?? key

/** The one status of an item, e.g. "Đang xuất bản · bản sửa chờ duyệt", used by the panel, the header, the lists, the queue and refusals. */
export function statusText({ live, working }: Status, language: string): string {
  const words = messagesIn(workflowMessages, adminLang(language))
  const first = pick(words.live, live)
  if (!working) return first
  const isNew = live === 'unpublished' || live === 'scheduled'
  return `${first} · ${pick(isNew ? words.workingNew : words.workingEdit, working)}`
}

/** An action's name in a language ("Rút bài", "Withdraw"). */
export const actionLabel = (action: string, language: string): string => pick(messagesIn(workflowMessages, adminLang(language)).action, action)
