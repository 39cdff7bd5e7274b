import type { ConsultationWindow } from './consultationState'

const format = (iso: string, lang: 'vi' | 'en') =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))

/** "from 1 December 2026, 08:00 to 31 December 2026, 17:00 (Viet Nam time)". */
export function formatWindow(window: ConsultationWindow, lang: 'vi' | 'en'): string {
  return lang === 'vi'
    ? `từ ${format(window.opensAt, 'vi')} đến ${format(window.closesAt, 'vi')} (giờ Việt Nam)`
    : `from ${format(window.opensAt, 'en')} to ${format(window.closesAt, 'en')} (Viet Nam time)`
}
