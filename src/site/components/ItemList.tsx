import React from 'react'

import type { Media } from '../../../payload-types'
import { sitePath, type SiteLanguage } from '../siteCopy'
import { formatDate } from '../../i18n/formatDateTime'

export type ItemSummary = { id: number; section: 'campaigns' | 'articles' | 'briefing-packs'; slug: string; title: string; summary?: string | null; date?: string | null; image?: Media | null; embargoUntil?: string | null }

const formatDay = (iso: string, _lang: SiteLanguage) => formatDate(iso)

/** A list of items as cards: title linked, date, summary, thumbnail. */
export function ItemList({ items, lang, empty, pathPrefix = '' }: { items: ItemSummary[]; lang: SiteLanguage; empty: string; pathPrefix?: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={`${item.section}-${item.id}`} className="card">
          {item.image?.sizes?.thumbnail?.url && <img src={item.image.sizes.thumbnail.url} alt="" width={160} height={120} loading="lazy" />}
          <div>
            <h3 className="card__title">
              <a href={sitePath(lang, `${pathPrefix}/${item.section}/${item.slug}`)}>{item.title}</a>
            </h3>
            {item.date && <p className="muted card__date">{formatDay(item.date, lang)}</p>}
            {item.summary && <p>{item.summary}</p>}
          </div>
        </li>
      ))}
    </ul>
  )
}
