import React from 'react'

import { deliveryPayload } from '@/deliveryPayload'
import { pressPath } from '@/press/http/pressPaths'
import { loadPressRoom } from '@/press/room/loadPressRoom'
import { SiteShell } from '../SiteShell'
import { currentJournalist } from './currentJournalist'
import { PRESS_COPY } from './pressCopy'
import { PressItemList } from './PressItemList'
import { one, type SearchParams } from './searchParams'
import '../press.css'
import { type Lang } from '@/i18n/lang'

/**
 * `/press`: for a signed-in journalist, who they are, a sign-out button and the published
 * packs and articles, embargoed ones marked; for anyone else, the ways in.
 */
export async function PressRoomPage({ lang, searchParams }: { lang: Lang; searchParams: SearchParams }) {
  const copy = PRESS_COPY[lang]
  const journalist = await currentJournalist()
  const room = journalist ? await loadPressRoom(await deliveryPayload(), { journalist, lang }) : null
  return (
    <SiteShell lang={lang} alternatePath={pressPath(lang === 'vi' ? 'en' : 'vi')}>
      <h1>{copy.pressRoom}</h1>
      {one(searchParams, 'signed-out') && !journalist && (
        <p className="notice notice--ok" role="status">
          {copy.signedOut}
        </p>
      )}
      {!journalist || !room ? (
        <>
          <p>{copy.intro}</p>
          <p>{copy.howTo}</p>
          <ul className="link-list press-actions">
            <li>
              <a className="button" href={pressPath(lang, '/sign-in')}>
                {copy.signIn}
              </a>
            </li>
            <li>
              <a href={pressPath(lang, '/accreditation')}>{copy.askAccreditation}</a>
            </li>
          </ul>
        </>
      ) : (
        <>
          <div className="press-session">
            <p>
              {copy.signedInAs} <strong>{journalist.name}</strong> ({journalist.email})
            </p>
            <form method="post" action={pressPath(lang, '/sign-out')}>
              <button type="submit" className="button press-button--secondary">
                {copy.signOut}
              </button>
            </form>
          </div>
          <p className="notice notice--warning">{copy.embargoNotice}</p>
          <section aria-labelledby="press-packs">
            <h2 id="press-packs">{copy.packs}</h2>
            <PressItemList
              lang={lang}
              empty={copy.noPacks}
              items={room.packs.map((pack) => ({
                id: pack.id,
                section: 'briefing-packs',
                slug: pack.slug ?? String(pack.id),
                title: pack.title,
                summary: pack.summary,
                embargoUntil: pack.embargoUntil,
              }))}
            />
          </section>
          <section aria-labelledby="press-articles">
            <h2 id="press-articles">{copy.articles}</h2>
            <PressItemList
              lang={lang}
              empty={copy.noArticles}
              items={room.articles.map((article) => ({
                id: article.id,
                section: 'articles',
                slug: article.slug ?? String(article.id),
                title: article.headline,
                summary: article.standfirst,
                embargoUntil: article.embargoUntil,
              }))}
            />
          </section>
        </>
      )}
    </SiteShell>
  )
}
