import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { listAwaitingReview, type ReviewItem } from '../../workflow/listAwaitingReview'
import { AdminPage } from '../AdminPage'
import { formatVietnamTime } from './formatVietnamTime'

const COLLECTION_LABELS: Record<string, { vi: string; en: string }> = {
  campaigns: { vi: 'Chiến dịch', en: 'Campaign' },
  articles: { vi: 'Bài viết', en: 'Article' },
  'briefing-packs': { vi: 'Tài liệu họp báo', en: 'Briefing pack' },
  'conduct-codes': { vi: 'Bộ quy tắc ứng xử', en: 'Code of conduct' },
}

type Filter = 'mine' | 'unassigned' | 'all'

/**
 * `/admin/review-queue`: what waits for review across every content type, that this
 * reviewer could approve. `?filter=mine` shows what is assigned to them, `?filter=unassigned`
 * what nobody has taken; the default shows both, each under its heading.
 */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = req.i18n.language
  const vi = lang === 'vi'
  const requested = (props.searchParams?.filter as string | undefined) ?? 'all'
  const filter: Filter = requested === 'mine' || requested === 'unassigned' ? requested : 'all'
  const items = req.user ? await listAwaitingReview(req.payload, req.user as never) : []
  const me = Number(req.user?.id)
  const mine = items.filter((item) => item.assigneeId === me)
  const unassigned = items.filter((item) => item.assigneeId === null)
  const sections: Array<{ key: Filter; title: string; items: ReviewItem[] }> = [
    { key: 'mine' as const, title: vi ? 'Giao cho tôi' : 'Assigned to me', items: mine },
    { key: 'unassigned' as const, title: vi ? 'Chưa giao' : 'Not assigned', items: unassigned },
  ].filter((section) => filter === 'all' || section.key === filter)
  const link = (key: Filter, text: string) =>
    key === filter ? <strong>{text}</strong> : <a href={key === 'all' ? '/admin/review-queue' : `/admin/review-queue?filter=${key}`}>{text}</a>

  return (
    <AdminPage view={props} title={vi ? 'Chờ tôi duyệt' : 'Awaiting my review'}>
      <p data-testid="review-queue-filters">
        {link('all', vi ? 'Tất cả' : 'All')} · {link('mine', vi ? 'Giao cho tôi' : 'Assigned to me')} · {link('unassigned', vi ? 'Chưa giao' : 'Not assigned')}
      </p>
      {sections.every((section) => section.items.length === 0) ? (
        <p data-testid="review-queue-empty">{vi ? 'Không có mục nào chờ bạn duyệt.' : 'Nothing is waiting for your review.'}</p>
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
                    <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> · {COLLECTION_LABELS[item.collection]?.[vi ? 'vi' : 'en']} ·{' '}
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
