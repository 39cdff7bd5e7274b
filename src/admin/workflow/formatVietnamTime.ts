import { formatDateTime } from '../../i18n/formatDateTime'
import { adminLang } from '../../i18n/lang'

/** Times in the admin: dd/MM/yyyy HH:mm in Viet Nam time, whatever the browser's zone; stored in UTC. */
export const formatVietnamTime = (iso: string, language: string): string => formatDateTime(iso, adminLang(language))

/** A `datetime-local` value typed as Viet Nam time, turned into a UTC instant. */
export const vietnamLocalToUtcIso = (local: string): string => new Date(`${local}:00+07:00`).toISOString()
