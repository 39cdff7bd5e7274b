import React from 'react'

import { sitePath } from '@/i18n/siteCopy'
import { formatEmbargoTime, isUnderEmbargo } from './formatEmbargoTime'
import { PRESS_COPY } from './pressCopy'
import { type Lang } from '@/i18n/lang'

export type PressItem = {
  id: number
  section: 'briefing-packs' | 'articles'
  slug: string
  title: string
  summary?: string | null
  embargoUntil?: string | null
}

/** Packs or articles in the press room, each under embargo marked with the time it lifts. */
export function PressItemList({ items, lang, empty }: { items: PressItem[]; lang: Lang; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="press-list">
      {items.map((item) => (
        <li key={`${item.section}-${item.id}`} className="press-list__item">
          <h3 className="press-list__title">
            <a href={sitePath(lang, `/press/${item.section}/${item.slug}`)}>{item.title}</a>
          </h3>
          {isUnderEmbargo(item.embargoUntil) && (
            <p className="press-embargo-mark">
              <strong>{PRESS_COPY[lang].embargoedUntil}</strong> {formatEmbargoTime(item.embargoUntil, lang)}
            </p>
          )}
          {item.summary && <p>{item.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
