import type { ConsultationWindow } from './consultationState'
import { formatDateTimeBare } from '@/i18n/formatDateTime'

const format = (iso: string, _lang: 'vi' | 'en') => formatDateTimeBare(iso)

/** "from 01/12/2026 08:00 to 31/12/2026 17:00 (Viet Nam time)". */
export function formatWindow(window: ConsultationWindow, lang: 'vi' | 'en'): string {
  return lang === 'vi'
    ? `từ ${format(window.opensAt, 'vi')} đến ${format(window.closesAt, 'vi')} (giờ Việt Nam)`
    : `from ${format(window.opensAt, 'en')} to ${format(window.closesAt, 'en')} (Viet Nam time)`
}
