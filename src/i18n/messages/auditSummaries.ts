import { defineMessages, type Messages } from '../defineMessages'
import { formatDateTime } from '../formatDateTime'
import type { Lang } from '../lang'

/** A word given in both languages by the caller (a status or action label it already has). */
export type BothLanguages = { readonly vi: string; readonly en: string }
/** A value of a summary: plain (a title, an email, a count), in both languages, or a time. */
export type SummaryValue = string | number | BothLanguages | { readonly time: string }

type S = string | number

/**
 * The audit log's one-line summaries. An entry keeps its message key and values, so each
 * reader sees it in their own language and times in Viet Nam time.
 */
export const auditSummaryMessages = defineMessages({
  vi: {
    workflow: (p: { action: S; title: S }) => `${p.action}: ${p.title}`,
    published: (p: { title: S }) => `Đã xuất bản ${p.title}`,
    publishedAsScheduled: (p: { title: S }) => `Đã xuất bản ${p.title} theo lịch`,
    scheduleStopped: (p: { title: S; reason: S }) => `Đã dừng lịch xuất bản ${p.title}: ${p.reason}`,
    withdrawnAsScheduled: (p: { action: S; title: S }) => `${p.action}: ${p.title} (theo lịch)`,
    agencyFetchedEmbargoed: (p: { agency: S; item: S; until: S }) => `Cơ quan báo chí ${p.agency} đã lấy ${p.item} đang cấm đăng (đến ${p.until})`,
    journalistViewedEmbargoed: (p: { journalist: S; item: S; until: S }) =>
      `Phóng viên ${p.journalist} đã xem ${p.item} đang cấm đăng (đến ${p.until}) trong phòng báo chí`,
    journalistDownloadedBundle: (p: { journalist: S; pack: S; until: S }) =>
      `Phóng viên ${p.journalist} đã tải bộ tài liệu của gói họp báo đang cấm đăng "${p.pack}" (đến ${p.until})`,
    commentStatus: (p: { id: S; from: S; to: S }) => `Góp ý #${p.id}: ${p.from} → ${p.to}`,
    commentAnswered: (p: { id: S; disposition: S }) => `Đã trả lời góp ý #${p.id}: ${p.disposition}`,
    agencyCreated: (p: { name: S; fields: S }) => `Đã tạo cơ quan báo chí ${p.name}: ${p.fields}`,
    agencyChanged: (p: { name: S; fields: S }) => `Đã sửa cơ quan báo chí ${p.name}: ${p.fields}`,
    lockout: (p: { email: S; until: S; attempts: S }) => `${p.email} bị khoá đến ${p.until} sau ${p.attempts} lần đăng nhập sai`,
    rolesChanged: (p: { email: S; before: S; after: S }) => `Vai trò của ${p.email}: ${p.before} → ${p.after}`,
    accreditationRequested: (p: { who: S }) => `Đề nghị cấp thẻ phóng viên: ${p.who}`,
    accreditationChanged: (p: { from: S; to: S; who: S }) => `Cấp thẻ phóng viên ${p.from} → ${p.to}: ${p.who}`,
    webhookResent: (p: { id: S; item: S }) => `Lượt gửi webhook ${p.id} (${p.item}) đã được xếp để gửi lại`,
    mailRetried: (p: { total: S; run: S }) => `Đã gửi lại ${p.total} thư lỗi của đợt gửi ${p.run}`,
    settingsSaved: (p: { language: S }) => `Đã lưu nhận diện của trang (${p.language})`,
    taskCreated: (p: { number: S; fields: S }) => `Đã tạo nhiệm vụ ${p.number}`,
    taskChanged: (p: { number: S; fields: S }) => `Đã sửa nhiệm vụ ${p.number}: ${p.fields}`,
    tasksCopiedForward: (p: { from: S; to: S; count: S }) => `Đã chép ${p.count} nhiệm vụ từ năm ${p.from} sang năm ${p.to}`,
    reportSubmitted: (p: { year: S }) => `Đã nộp báo cáo tổng kết năm ${p.year}`,
    previewLinkCreated: (p: { item: S; until: S }) => `Đã tạo liên kết xem trước ${p.item} (hết hạn ${p.until})`,
    previewLinkRevoked: (p: { item: S; link: S }) => `Đã thu hồi liên kết xem trước #${p.link} của ${p.item}`,
    previewLinkViewed: (p: { item: S; link: S }) => `Liên kết xem trước #${p.link} của ${p.item} đã được mở`,
    none: '(không có)',
    newEntry: 'mới',
    language: { vi: 'tiếng Việt', en: 'tiếng Anh' },
  },
  en: {
    workflow: (p: { action: S; title: S }) => `${p.action}: ${p.title}`,
    published: (p: { title: S }) => `Published ${p.title}`,
    publishedAsScheduled: (p: { title: S }) => `Published ${p.title} as scheduled`,
    scheduleStopped: (p: { title: S; reason: S }) => `Scheduled publication of ${p.title} stopped: ${p.reason}`,
    withdrawnAsScheduled: (p: { action: S; title: S }) => `${p.action}: ${p.title} (as scheduled)`,
    agencyFetchedEmbargoed: (p: { agency: S; item: S; until: S }) => `Agency ${p.agency} fetched embargoed ${p.item} (until ${p.until})`,
    journalistViewedEmbargoed: (p: { journalist: S; item: S; until: S }) =>
      `Journalist ${p.journalist} viewed embargoed ${p.item} (until ${p.until}) in the press room`,
    journalistDownloadedBundle: (p: { journalist: S; pack: S; until: S }) =>
      `Journalist ${p.journalist} downloaded the bundle of embargoed briefing pack "${p.pack}" (until ${p.until})`,
    commentStatus: (p: { id: S; from: S; to: S }) => `Comment #${p.id}: ${p.from} → ${p.to}`,
    commentAnswered: (p: { id: S; disposition: S }) => `Comment #${p.id} answered: ${p.disposition}`,
    agencyCreated: (p: { name: S; fields: S }) => `Created press agency ${p.name}: ${p.fields}`,
    agencyChanged: (p: { name: S; fields: S }) => `Changed press agency ${p.name}: ${p.fields}`,
    lockout: (p: { email: S; until: S; attempts: S }) => `${p.email} locked until ${p.until} after ${p.attempts} failed logins`,
    rolesChanged: (p: { email: S; before: S; after: S }) => `Roles of ${p.email}: ${p.before} → ${p.after}`,
    accreditationRequested: (p: { who: S }) => `Accreditation requested: ${p.who}`,
    accreditationChanged: (p: { from: S; to: S; who: S }) => `Accreditation ${p.from} → ${p.to}: ${p.who}`,
    webhookResent: (p: { id: S; item: S }) => `Webhook delivery ${p.id} (${p.item}) queued to send again`,
    mailRetried: (p: { total: S; run: S }) => `Retried ${p.total} failed deliveries of mailing run ${p.run}`,
    settingsSaved: (p: { language: S }) => `Site identity saved (${p.language})`,
    taskCreated: (p: { number: S; fields: S }) => `Created task ${p.number}`,
    taskChanged: (p: { number: S; fields: S }) => `Changed task ${p.number}: ${p.fields}`,
    tasksCopiedForward: (p: { from: S; to: S; count: S }) => `Copied ${p.count} tasks from ${p.from} to ${p.to}`,
    reportSubmitted: (p: { year: S }) => `Year-end report for ${p.year} submitted`,
    previewLinkCreated: (p: { item: S; until: S }) => `Created a preview link to ${p.item} (expires ${p.until})`,
    previewLinkRevoked: (p: { item: S; link: S }) => `Revoked preview link #${p.link} to ${p.item}`,
    previewLinkViewed: (p: { item: S; link: S }) => `Preview link #${p.link} to ${p.item} was opened`,
    none: '(none)',
    newEntry: 'new',
    language: { vi: 'Vietnamese', en: 'English' },
  },
})

type Words = (typeof auditSummaryMessages)['vi']
type SummaryKey = { [K in keyof Words]: Words[K] extends (p: never) => string ? K : never }[keyof Words]
type ValuesOf<K extends SummaryKey> = { [P in keyof Parameters<Words[K]>[0]]: SummaryValue }

/** A summary as stored: its message key and values, readable in either language. */
export type AuditSummary = { [K in SummaryKey]: { key: K; values: ValuesOf<K> } }[SummaryKey]

export const auditSummary = <K extends SummaryKey>(key: K, values: ValuesOf<K>): AuditSummary => ({ key, values }) as AuditSummary

/** One word of a namespace in both languages, for a summary value. */
export function inBothLanguages<T>(namespace: Messages<T>, pick: (words: T) => string): BothLanguages {
  return { vi: pick(namespace.vi), en: pick(namespace.en as T) }
}

const valueIn = (value: SummaryValue, lang: Lang): S => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if ('time' in value) return formatDateTime(value.time, lang) || value.time
  return value[lang]
}

const isSummary = (value: unknown): value is AuditSummary => {
  const key = (value as { key?: unknown } | null)?.key
  return (
    typeof key === 'string' && typeof auditSummaryMessages.vi[key as SummaryKey] === 'function' && typeof (value as { values?: unknown }).values === 'object'
  )
}

/** The summary in a reader's language; undefined for something that is not a stored summary. */
export function auditSummaryText(summary: unknown, lang: Lang): string | undefined {
  if (!isSummary(summary)) return undefined
  const values = Object.fromEntries(Object.entries(summary.values as Record<string, SummaryValue>).map(([name, value]) => [name, valueIn(value, lang)]))
  const say = auditSummaryMessages[lang][summary.key] as (p: Record<string, S>) => string
  return say(values)
}

/** The label of a select option in both languages, or the value itself when it has none. */
export const optionInBothLanguages = (options: ReadonlyArray<{ value: string; label: BothLanguages }>, value: unknown): SummaryValue =>
  options.find((option) => option.value === value)?.label ?? String(value ?? '')
