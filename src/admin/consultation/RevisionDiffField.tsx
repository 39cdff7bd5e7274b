import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { diffRevisions } from '../../consultation/diff/diffRevisions'
import { loadRevisions } from '../../consultation/revisions/loadRevisions'
import { codePath } from '../../consultation/site/codePaths'
import { RevisionDiffView } from '../../consultation/views/RevisionDiffView'

/** On a frozen revision in the admin: what changed since the revision before it. */
export async function RevisionDiffField({ data, req, i18n }: UIFieldServerProps) {
  const lang = i18n.language === 'en' ? 'en' : 'vi'
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
        {lang === 'vi' ? 'Đọc toàn văn phiên bản này' : 'Read this revision in full'}
      </a>
    </p>
  )
  if (!previous)
    return (
      <div>
        {read}
        <p>{lang === 'vi' ? 'Phiên bản đầu tiên: chưa có gì để so sánh.' : 'The first revision: nothing to compare with yet.'}</p>
      </div>
    )
  return (
    <div style={{ marginBottom: '2rem' }}>
      {read}
      <h3>{lang === 'vi' ? `So sánh với ${previous.revision}` : `Compared with ${previous.revision}`}</h3>
      <RevisionDiffView diff={diffRevisions(previous.snapshot, current.snapshot)} lang={lang} snapshots={{ from: previous.snapshot, to: current.snapshot }} />
    </div>
  )
}
