import React from 'react'

import { CODE_STATUSES } from '@/consultation/codeStatuses'
import { codePath } from '@/consultation/site/codePaths'
import { deliveryPayload } from '@/deliveryPayload'
import { SiteShell } from '../SiteShell'
import { sitePath } from '@/i18n/siteCopy'
import { CODE_COPY } from './codeCopy'
import { type Lang } from '@/i18n/lang'

/** Every published code of conduct. */
export async function CodesIndexPage({ lang }: { lang: Lang }) {
  const payload = await deliveryPayload()
  const { docs } = await payload.find({
    collection: 'conduct-codes',
    locale: lang,
    depth: 0,
    limit: 100,
    sort: '-updatedAt',
    overrideAccess: false,
    select: { title: true, slug: true, summary: true, status: true },
  })
  const copy = CODE_COPY[lang]
  return (
    <SiteShell lang={lang} alternatePath={sitePath(lang === 'vi' ? 'en' : 'vi', '/codes')}>
      <h1>{copy.codes}</h1>
      {docs.length === 0 ? (
        <p>{copy.noCodes}</p>
      ) : (
        <ul>
          {docs.map((doc) => (
            <li key={doc.id}>
              <a href={codePath(lang, String(doc.slug))}>{doc.title}</a> · {CODE_STATUSES.find((status) => status.value === doc.status)?.label[lang]}
              {doc.summary && <p>{doc.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </SiteShell>
  )
}
