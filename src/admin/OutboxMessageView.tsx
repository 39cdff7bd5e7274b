import React from 'react'

import type { OutboxMessage } from '@/mail/outbox'
import type { WordsOf } from '@/i18n/admin/wordsFromT'

type Props = { message: OutboxMessage; words: WordsOf<'outbox'> }

const SHOWN_HEADERS = new Set(['from', 'to', 'date', 'subject', 'message-id', 'list-unsubscribe', 'list-unsubscribe-post'])

export function OutboxMessageView({ message, words }: Props) {
  return (
    <article>
      <p>
        <a href="?">{words.back}</a>
      </p>
      <h2>{message.subject}</h2>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem' }}>
        {message.headers
          .filter(([name]) => SHOWN_HEADERS.has(name.toLowerCase()))
          .map(([name, value]) => (
            <React.Fragment key={name}>
              <dt style={{ fontWeight: 600 }}>{name}</dt>
              <dd style={{ margin: 0, wordBreak: 'break-all' }}>{value}</dd>
            </React.Fragment>
          ))}
      </dl>
      <h3>{words.textPart}</h3>
      <pre data-testid="outbox-text" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit' }}>
        {message.text}
      </pre>
      {message.html && (
        <>
          <h3>{words.htmlPart}</h3>
          {/* Sandboxed without scripts: a mail's HTML is never run in the admin's origin. */}
          <iframe title="HTML" sandbox="" srcDoc={message.html} style={{ width: '100%', minHeight: '24rem', border: '1px solid #ccc', background: '#fff' }} />
        </>
      )}
    </article>
  )
}
