import { formatDateTime } from '@/i18n/formatDateTime'
import { adminLang } from '@/i18n/lang'

/** Times in the admin: dd/MM/yyyy HH:mm in Viet Nam time, whatever the browser's zone; stored in UTC. */
export const formatVietnamTime = (iso: string, language: string): string => formatDateTime(iso, adminLang(language))
