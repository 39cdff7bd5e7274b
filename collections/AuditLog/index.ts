import type { CollectionConfig } from 'payload'

import { readAuditLog } from '../../src/access/readAuditLog'
import { AUDIT_EVENTS } from '../../src/audit/events'
import { exportAuditCsv } from './endpoints/exportAuditCsv'
import { refuseDeletes, refuseUpdates } from './hooks/refuseChanges'

const nobody = () => false

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { vi: 'Nhật ký kiểm tra', en: 'Audit entry' }, plural: { vi: 'Nhật ký kiểm tra', en: 'Audit log' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'event', 'actorEmail', 'summary'],
    group: { vi: 'Quản trị', en: 'Administration' },
    description: {
      vi: 'Chỉ ghi thêm: không ai sửa hay xoá được. Tải CSV tại /api/audit-log/export.csv (nhận cùng bộ lọc where).',
      en: 'Append-only: nobody can change or delete an entry. CSV at /api/audit-log/export.csv (takes the same where filters).',
    },
  },
  defaultSort: '-createdAt',
  access: { read: readAuditLog, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseUpdates], beforeDelete: [refuseDeletes] },
  endpoints: [exportAuditCsv],
  fields: [
    {
      name: 'event',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_EVENTS.map((event) => ({ value: event, label: event })),
      label: { vi: 'Sự kiện', en: 'Event' },
    },
    { name: 'summary', type: 'text', required: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'actorId', type: 'number', index: true, label: { vi: 'Mã người thực hiện', en: 'Actor id' } },
    { name: 'actorEmail', type: 'text', label: { vi: 'Người thực hiện', en: 'Actor' } },
    { name: 'actorLabel', type: 'text', label: { vi: 'Tác nhân hệ thống', en: 'System actor' } },
    { name: 'targetCollection', type: 'text', index: true, label: { vi: 'Loại đối tượng', en: 'Target type' } },
    { name: 'targetId', type: 'text', index: true, label: { vi: 'Mã đối tượng', en: 'Target id' } },
    { name: 'details', type: 'json', label: { vi: 'Chi tiết', en: 'Details' } },
  ],
}
