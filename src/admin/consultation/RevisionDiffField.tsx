import type { UIFieldServerProps } from 'payload'
import { adminWords } from '@/admin/adminWords'
import React from 'react'

import { diffRevisions } from '@/consultation/diff/diffRevisions'
import { loadRevisions } from '@/consultation/revisions/loadRevisions'
import { codePath } from '@/consultation/site/codePaths'
import { RevisionDiffView } from '@/consultation/views/RevisionDiffView'
import { adminLang } from '@/i18n/lang'

/** On a frozen revision in the admin: what changed since the revision before it. */
export async function RevisionDiffField({ data, req, i18n }: UIFieldServerProps) {
  const lang = adminLang(i18n.language)
  const words = adminWords('adminTools', i18n)
  const codeId = typeof data?.code === 'object' && data.code ? Number(data.code.id) : Number(data?.code)
  if (!codeId || !data?.revision) return null
  const revisions = await loadRevisions(req, codeId)
  const index = revisions.findIndex((item) => item.revision === data.revision)
  const current = revisions[index]
  const previous = revisions[index - 1]
  if (!current) return null
  const read = (
    <p>
      <a href={codePath(lang, current.snapshot.slug, `revisions/${encodeURIComponent(current.revision)}`)} target="_blank" rel="noreferrer">
        {words.readRevision}
      </a>
    </p>
  )
  if (!previous)
    return (
      <div>
        {read}
        <p>{words.firstRevision}</p>
      </div>
    )
  return (
    <div style={{ marginBottom: '2rem' }}>
      {read}
      <h3>{words.comparedWith(previous.revision)}</h3>
      <RevisionDiffView diff={diffRevisions(previous.snapshot, current.snapshot)} lang={lang} snapshots={{ from: previous.snapshot, to: current.snapshot }} />
    </div>
  )
}
