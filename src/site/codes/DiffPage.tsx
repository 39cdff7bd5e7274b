import { notFound } from 'next/navigation'
import React from 'react'

import { diffRevisions } from '@/consultation/diff/diffRevisions'
import { codePath } from '@/consultation/site/codePaths'
import { RevisionDiffView } from '@/consultation/views/RevisionDiffView'
import { SiteShell } from '../SiteShell'
import { CODE_COPY } from './codeCopy'
import { codeViewData } from './codeViewData'
import { type Lang } from '@/i18n/lang'

type Props = { lang: Lang; slug: string; from?: string; to?: string }

/** What changed between two revisions; by default the one before the current and the current. */
export async function DiffPage({ lang, slug, from, to }: Props) {
  const view = await codeViewData(slug)
  if (!view) notFound()
  const copy = CODE_COPY[lang]
  const labels = view.revisions.map((item) => item.revision)
  const toRevision = view.revisions.find((item) => item.revision === to) ?? view.current
  const fromRevision = view.revisions.find((item) => item.revision === from) ?? view.revisions[Math.max(0, view.revisions.indexOf(toRevision) - 1)]!
  const unknown = [from, to].filter((label) => label && !labels.includes(label))
  return (
    <SiteShell lang={lang} alternatePath={codePath(lang === 'vi' ? 'en' : 'vi', slug, 'diff')}>
      <h1>
        {copy.compare}: {view.current.snapshot.title[lang]}
      </h1>
      {unknown.length > 0 && (
        <p className="notice notice--warning" role="alert">
          {copy.notFound} {unknown.join(', ')}
        </p>
      )}
      <form
        method="get"
        action={codePath(lang, slug, 'diff')}
        className="no-print"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0 1rem', alignItems: 'flex-end' }}
      >
        <div>
          <label htmlFor="diff-from">{copy.from}</label>
          <select id="diff-from" name="from" defaultValue={fromRevision.revision}>
            {labels.map((label) => (
              <option key={label}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="diff-to">{copy.to}</label>
          <select id="diff-to" name="to" defaultValue={toRevision.revision}>
            {labels.map((label) => (
              <option key={label}>{label}</option>
            ))}
          </select>
        </div>
        <p style={{ margin: '0.75rem 0 0' }}>
          <button type="submit" className="button">
            {copy.show}
          </button>
        </p>
      </form>
      <RevisionDiffView
        diff={diffRevisions(fromRevision.snapshot, toRevision.snapshot)}
        lang={lang}
        snapshots={{ from: fromRevision.snapshot, to: toRevision.snapshot }}
      />
    </SiteShell>
  )
}
