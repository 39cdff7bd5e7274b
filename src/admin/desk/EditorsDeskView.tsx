import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { adminWords } from '@/admin/adminWords'
import type { WordsOf } from '@/i18n/admin/wordsFromT'
import { formatDateTime } from '@/i18n/formatDateTime'
import { adminLang } from '@/i18n/lang'
import { loadEditorsDesk, type DeskItem } from '@/workflow/loadEditorsDesk'

type Words = WordsOf<'desk'>

function ItemSection({
  id,
  title,
  items,
  words,
  lang,
  detail,
}: {
  id: string
  title: string
  items: DeskItem[]
  words: Words
  lang: 'vi' | 'en'
  detail?: (item: DeskItem) => string
}) {
  return (
    <section className="desk-section" data-testid={`desk-${id}`} aria-labelledby={`desk-${id}-title`}>
      <h2 id={`desk-${id}-title`} style={{ fontSize: '1.1rem' }}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="desk-empty">{words.nothing}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> · {words.kind[item.collection]}
              {item.at ? ` · ${detail ? detail(item) : formatDateTime(item.at, lang)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * The admin's first screen, an editor's desk: what is mine to write or review, what goes
 * out soon, what went out, what failed, and the programme's tasks that fall due.
 */
export async function EditorsDeskView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = adminLang(req.i18n.language)
  const words = adminWords('desk', req.i18n)
  if (!req.user) return null
  const desk = await loadEditorsDesk(req.payload, req.user as never, lang)
  const name = String((req.user as { name?: string; email?: string }).name ?? (req.user as { email?: string }).email ?? '')
  const failures = [
    desk.failedWebhooks
      ? { href: '/admin/collections/webhook-deliveries?where[status][equals]=failed', text: words.failedWebhooks(desk.failedWebhooks) }
      : null,
    desk.failedMail ? { href: '/admin/collections/deliveries?where[status][equals]=failed', text: words.failedMail(desk.failedMail) } : null,
  ].filter((entry): entry is { href: string; text: string } => entry !== null)
  const seesFailures = desk.failedWebhooks !== null || desk.failedMail !== null
  return (
    // Payload frames the dashboard in its own template (navigation, header) already.
    <div className="gutter--left gutter--right" style={{ paddingBottom: '3rem' }}>
      <h1>{words.title}</h1>
      <p>{words.greeting(name)}</p>
      <div data-testid="editors-desk" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))', gap: '1rem 2rem' }}>
        <ItemSection id="my-drafts" title={words.myDrafts} items={desk.myDrafts} words={words} lang={lang} />
        <ItemSection
          id="awaiting-me"
          title={words.awaitingMe}
          items={desk.awaitingMe}
          words={words}
          lang={lang}
          detail={(item) => `${item.assignedToMe ? words.assignedToMe : words.unassigned} · ${formatDateTime(item.at!, lang)}`}
        />
        <ItemSection
          id="scheduled"
          title={words.scheduledSoon}
          items={desk.scheduledSoon}
          words={words}
          lang={lang}
          detail={(item) => words.at(formatDateTime(item.at!, lang))}
        />
        <ItemSection
          id="embargoes"
          title={words.embargoesLifting}
          items={desk.embargoesLifting}
          words={words}
          lang={lang}
          detail={(item) => words.embargoUntil(formatDateTime(item.at!, lang))}
        />
        <ItemSection id="published" title={words.recentlyPublished} items={desk.recentlyPublished} words={words} lang={lang} />
        {seesFailures && (
          <section className="desk-section" data-testid="desk-failures" aria-labelledby="desk-failures-title">
            <h2 id="desk-failures-title" style={{ fontSize: '1.1rem' }}>
              {words.failures}
            </h2>
            {failures.length === 0 ? (
              <p className="desk-empty">{words.noFailures}</p>
            ) : (
              <ul>
                {failures.map((failure) => (
                  <li key={failure.href}>
                    <a href={failure.href}>{failure.text}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <section className="desk-section" data-testid="desk-tasks" aria-labelledby="desk-tasks-title">
          <h2 id="desk-tasks-title" style={{ fontSize: '1.1rem' }}>
            {words.tasksDue} ({desk.tasksDue.length})
          </h2>
          {desk.tasksDue.length === 0 ? (
            <p className="desk-empty">{words.nothing}</p>
          ) : (
            <ul>
              {desk.tasksDue.map((task) => (
                <li key={task.id} data-overdue={task.overdue ? 'true' : undefined}>
                  <a href={`/admin/collections/programme-tasks/${task.id}`}>
                    {task.number}. {task.label}
                  </a>{' '}
                  · {task.overdue ? <strong style={{ color: 'var(--theme-error-750)' }}>{words.overdue(task.dueText)}</strong> : words.dueIn(task.dueText)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  )
}
