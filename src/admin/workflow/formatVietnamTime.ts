/** Times in the admin are shown in Asia/Ho_Chi_Minh, whatever the browser's zone; stored in UTC. */
export const formatVietnamTime = (iso: string, language: string): string =>
  new Date(iso).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) + ' (GMT+7)'

/** A `datetime-local` value typed as Viet Nam time, turned into a UTC instant. */
export const vietnamLocalToUtcIso = (local: string): string => new Date(`${local}:00+07:00`).toISOString()
