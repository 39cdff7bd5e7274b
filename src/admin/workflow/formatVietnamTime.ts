import { NEWSROOM_TIMEZONE } from '../../config/timezones'

const parts = (iso: string) => {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: NEWSROOM_TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return values as Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>
}

/** Times in the admin: dd/MM/yyyy HH:mm in Viet Nam time, whatever the browser's zone; stored in UTC. */
export const formatVietnamTime = (iso: string, language: string): string => {
  const { day, month, year, hour, minute } = parts(iso)
  return `${day}/${month}/${year} ${hour}:${minute} ${language === 'vi' ? 'giờ Việt Nam' : 'Viet Nam time'}`
}

/** A `datetime-local` value typed as Viet Nam time, turned into a UTC instant. */
export const vietnamLocalToUtcIso = (local: string): string => new Date(`${local}:00+07:00`).toISOString()
