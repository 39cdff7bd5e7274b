import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { listAwaitingReview } from '../../workflow/listAwaitingReview'
import { AdminPage } from '../AdminPage'
import { formatVietnamTime } from './formatVietnamTime'

const COLLECTION_LABELS: Record<string, { vi: string; en: string }> = {
  campaigns: { vi: 'Chiến dịch', en: 'Campaign' },
  articles: { vi: 'Bài viết', en: 'Article' },
  'briefing-packs': { vi: 'Tài liệu họp báo', en: 'Briefing pack' },
  'conduct-codes': { vi: 'Bộ quy tắc ứng xử', en: 'Code of conduct' },
}

/** `/admin/review-queue`: what waits for this reviewer, across every content type. */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = req.i18n.language
  const vi = lang === 'vi'
  const items = req.user ? await listAwaitingReview(req.payload, req.user as never) : []
  return (
    <AdminPage view={props} title={vi ? 'Chờ tôi duyệt' : 'Awaiting my review'}>
      {items.length === 0 ? (
        <p data-testid="review-queue-empty">{vi ? 'Không có mục nào chờ bạn duyệt.' : 'Nothing is waiting for your review.'}</p>
      ) : (
        <ul data-testid="review-queue">
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> · {COLLECTION_LABELS[item.collection]?.[vi ? 'vi' : 'en']} ·{' '}
              {formatVietnamTime(item.updatedAt, lang)}
            </li>
          ))}
        </ul>
      )}
    </AdminPage>
  )
}
