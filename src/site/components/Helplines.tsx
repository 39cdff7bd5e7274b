import React from 'react'

import { PAGE_COPY } from '@/i18n/pageCopy'
import { type Lang } from '@/i18n/lang'

export type Helpline = { name: string; phone: string }

/** Who to call: the ministry's lines from Site identity first, then a campaign's own lines, each number once. */
export function Helplines({ lang, helplines }: { lang: Lang; helplines: Helpline[] }) {
  const seen = new Set<string>()
  const lines = helplines.filter((line) => {
    const key = line.phone.replace(/\D/g, '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  if (lines.length === 0) return null
  return (
    <aside className="helplines" aria-labelledby="helplines-title">
      <h2 id="helplines-title">{PAGE_COPY[lang].helplines}</h2>
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
