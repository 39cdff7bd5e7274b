import React from 'react'

import type { OutboxEntry } from '@/mail/outbox'
import type { WordsOf } from '@/i18n/admin/wordsFromT'
import { formatDateTime } from '@/i18n/formatDateTime'
import type { Lang } from '@/i18n/lang'

type Props = { entries: OutboxEntry[]; lang: Lang; smtp: boolean; words: WordsOf<'outbox'> }

export function OutboxList({ entries, lang, smtp, words }: Props) {
  return (
    <>
      <p>{smtp ? words.relaying : words.keeping}</p>
      {entries.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{words.date}</th>
              <th style={{ textAlign: 'left' }}>{words.to}</th>
              <th style={{ textAlign: 'left' }}>{words.subject}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.file}>
                <td>{formatDateTime(entry.date, lang)}</td>
                <td>{entry.to}</td>
                <td>
                  <a href={`?message=${encodeURIComponent(entry.file)}`}>{entry.subject || words.noSubject}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
