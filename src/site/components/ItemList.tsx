import React from 'react'

import type { Media } from '../../../payload-types'
import { sitePath } from '@/i18n/siteCopy'
import { formatDate } from '@/i18n/formatDateTime'
import { type Lang } from '@/i18n/lang'

export type ItemSummary = {
  id: number
  section: 'campaigns' | 'articles' | 'briefing-packs'
  slug: string
  title: string
  summary?: string | null
  summaryLang?: 'vi'
  date?: string | null
  image?: Media | null
  embargoUntil?: string | null
}

const formatDay = (iso: string, _lang: Lang) => formatDate(iso)

/** The card-sized picture of an item with its alt text and credit; nothing when it has none the reader may see. */
function CardImage({ media }: { media?: Media | null }) {
  const card = media?.sizes?.card?.url ? media.sizes.card : media?.sizes?.thumbnail?.url ? media.sizes.thumbnail : null
  if (!media || !card?.url) return null
  const credit = (media as Media & { credit?: string | null }).credit
  return (
    <figure className="card__image">
      <img src={card.url} alt={media.alt ?? ''} width={card.width ?? undefined} height={card.height ?? undefined} loading="lazy" decoding="async" />
      {credit && <figcaption className="muted card__credit">{credit}</figcaption>}
    </figure>
  )
}

/** A list of items as cards: title linked, date, summary, and its picture with alt text and credit. */
export function ItemList({ items, lang, empty, pathPrefix = '' }: { items: ItemSummary[]; lang: Lang; empty: string; pathPrefix?: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={`${item.section}-${item.id}`} className="card">
          <CardImage media={item.image} />
          <div>
            <h3 className="card__title">
              <a href={sitePath(lang, `${pathPrefix}/${item.section}/${item.slug}`)}>{item.title}</a>
            </h3>
            {item.date && <p className="muted card__date">{formatDay(item.date, lang)}</p>}
            {item.summary && <p lang={item.summaryLang}>{item.summary}</p>}
          </div>
        </li>
      ))}
    </ul>
  )
}
