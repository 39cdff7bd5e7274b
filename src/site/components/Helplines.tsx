import React from 'react'
import { type Lang } from '@/i18n/lang'

export type Helpline = { name: string; phone: string }

const TITLE = { vi: 'Đường dây hỗ trợ', en: 'Helplines' } as const
const NATIONAL: Record<Lang, Helpline> = {
  vi: { name: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em', phone: '111' },
  en: { name: 'National child protection helpline', phone: '111' },
}

/** Who to call: the national 111 line first, then the campaigns' own lines, each once. */
export function Helplines({ lang, helplines = [] }: { lang: Lang; helplines?: Helpline[] }) {
  const seen = new Set<string>()
  const lines = [NATIONAL[lang], ...helplines].filter((line) => {
    const key = line.phone.replace(/\D/g, '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return (
    <aside className="helplines" aria-labelledby="helplines-title">
      <h2 id="helplines-title">{TITLE[lang]}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line.phone}>
            {line.name}: <a href={`tel:${line.phone.replace(/[^\d+]/g, '')}`}>{line.phone}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}
