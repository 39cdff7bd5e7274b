import React from 'react'

import type { OutboxEntry } from '../email/outbox'
import { formatDateTime } from '../i18n/formatDateTime'

type Props = { entries: OutboxEntry[]; vi: boolean; smtp: boolean }

export function OutboxList({ entries, vi, smtp }: Props) {
  return (
    <>
      <p>
        {smtp
          ? vi
            ? 'Thư đang được gửi qua máy chủ SMTP (SMTP_URL); hộp thư đi chỉ giữ thư từ trước đó.'
            : 'Mail is going to the SMTP relay (SMTP_URL); the outbox only holds earlier messages.'
          : vi
            ? 'Chưa cấu hình SMTP_URL nên mọi thư được lưu tại đây thay vì gửi đi.'
            : 'SMTP_URL is not set, so every message is kept here instead of being sent.'}
      </p>
      {entries.length === 0 ? (
        <p>{vi ? 'Chưa có thư nào.' : 'No messages yet.'}</p>
      ) : (
        <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{vi ? 'Thời gian' : 'Date'}</th>
              <th style={{ textAlign: 'left' }}>{vi ? 'Người nhận' : 'To'}</th>
              <th style={{ textAlign: 'left' }}>{vi ? 'Tiêu đề' : 'Subject'}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.file}>
                <td>{formatDateTime(entry.date, vi ? 'vi' : 'en')}</td>
                <td>{entry.to}</td>
                <td>
                  <a href={`?message=${encodeURIComponent(entry.file)}`}>{entry.subject || (vi ? '(không tiêu đề)' : '(no subject)')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
