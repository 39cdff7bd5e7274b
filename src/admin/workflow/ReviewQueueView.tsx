import type { AdminViewServerProps } from 'payload'
import { adminWords } from '@/admin/adminWords'
import React from 'react'

import { listAwaitingReview, type ReviewItem } from '@/workflow/listAwaitingReview'
import { AdminPage } from '../AdminPage'
import { formatVietnamTime } from './formatVietnamTime'

type Filter = 'mine' | 'unassigned' | 'all'

/**
 * `/admin/review-queue`: what waits for review across every content type, that this
 * reviewer could approve. `?filter=mine` shows what is assigned to them, `?filter=unassigned`
 * what nobody has taken; the default shows both, each under its heading.
 */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = req.i18n.language
  const words = adminWords('workflow', req.i18n)
  const requested = (props.searchParams?.filter as string | undefined) ?? 'all'
  const filter: Filter = requested === 'mine' || requested === 'unassigned' ? requested : 'all'
  const items = req.user ? await listAwaitingReview(req.payload, req.user as never) : []
  const me = Number(req.user?.id)
  const mine = items.filter((item) => item.assigneeId === me)
  const unassigned = items.filter((item) => item.assigneeId === null)
  const sections: Array<{ key: Filter; title: string; items: ReviewItem[] }> = [
    { key: 'mine' as const, title: words.queue.mine, items: mine },
    { key: 'unassigned' as const, title: words.queue.unassigned, items: unassigned },
  ].filter((section) => filter === 'all' || section.key === filter)
  const link = (key: Filter, text: string) =>
    key === filter ? <strong>{text}</strong> : <a href={key === 'all' ? '/admin/review-queue' : `/admin/review-queue?filter=${key}`}>{text}</a>

  return (
    <AdminPage view={props} title={words.queue.title}>
      <p data-testid="review-queue-filters">
        {link('all', words.queue.all)} · {link('mine', words.queue.mine)} · {link('unassigned', words.queue.unassigned)}
      </p>
      {sections.every((section) => section.items.length === 0) ? (
        <p data-testid="review-queue-empty">{words.queue.empty}</p>
      ) : (
        <div data-testid="review-queue">
          {sections.map((section) => (
            <section key={section.key} data-testid={`review-queue-${section.key}`}>
              <h3>
                {section.title} ({section.items.length})
              </h3>
              <ul>
                {section.items.map((item) => (
                  <li key={`${item.collection}-${item.id}`}>
                    <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> · {words.kind[item.collection]} ·{' '}
                    {formatVietnamTime(item.updatedAt, lang)}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </AdminPage>
  )
}
