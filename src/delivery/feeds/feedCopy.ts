import { formatDateTimeBare } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

/** How long the RSS and JSON feeds keep a withdrawn entry, marked, before it drops out. */
export const WITHDRAWN_KEPT_MS = 30 * 24 * 60 * 60 * 1000

/** The words a feed adds to an entry, in the feed's language; dates in Viet Nam time. */
export const FEED_COPY: Record<
  Lang,
  { withdrawnTitle: (title: string) => string; withdrawn: (date: string) => string; reason: (reason: string) => string; updated: (date: string) => string }
> = {
  vi: {
    withdrawnTitle: (title) => `[Đã rút] ${title}`,
    withdrawn: (date) => `Nội dung này đã bị rút lúc ${date} (giờ Việt Nam).`,
    reason: (reason) => `Lý do: ${reason}`,
    updated: (date) => `Cập nhật lúc ${date}`,
  },
  en: {
    withdrawnTitle: (title) => `[Withdrawn] ${title}`,
    withdrawn: (date) => `This item was withdrawn on ${date} (Vietnam time).`,
    reason: (reason) => `Reason: ${reason}`,
    updated: (date) => `Updated ${date}`,
  },
}

/** "29/11/2026 00:30" in Viet Nam time, in either language, as mail gives it. */
export const feedDateTime = (iso: string, _lang: Lang): string => formatDateTimeBare(iso)
