import type { UIFieldServerProps } from 'payload'
import { adminWords } from '@/admin/adminWords'
import React from 'react'

import { langOrDefault } from '@/i18n/lang'

import { loadRevisions } from '@/consultation/revisions/loadRevisions'
import { codePath } from '@/consultation/site/codePaths'

/** On a code in the admin: its frozen revisions, the diffs between them, the report and the print view. */
export async function RevisionsPanel({ data, req, i18n }: UIFieldServerProps) {
  // Vietnamese unless the admin reads English: the code's own links are to the site in that language.
  const lang = langOrDefault(i18n.language)
  const words = adminWords('adminTools', i18n)
  if (!data?.id || !data.slug) return null
  const revisions = await loadRevisions(req, Number(data.id))
  return (
    <div data-testid="revisions-panel" style={{ marginBottom: '1.5rem' }}>
      <h4>{words.publishedRevisions}</h4>
      {revisions.length === 0 ? (
        <p>{words.noRevision}</p>
      ) : (
        <ul>
          {revisions.map((item, index) => (
            <li key={item.id}>
              <a href={`/admin/collections/code-revisions/${item.id}`}>{item.revision}</a>
              {index > 0 && (
                <>
                  {' · '}
                  <a href={codePath(lang, data.slug, `diff?from=${revisions[index - 1]!.revision}&to=${item.revision}`)}>{words.diff}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={codePath(lang, data.slug, 'report')}>{words.consultationReport}</a>
        {' · '}
        <a href={codePath(lang, data.slug, 'print')}>{words.printVersion}</a>
      </p>
    </div>
  )
}
