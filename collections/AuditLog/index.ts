import type { CollectionConfig } from 'payload'

import { readAuditLog } from '@/access/readAuditLog'
import { AUDIT_EVENTS } from '@/audit/events'
import { auditMessages } from '@/i18n/messages/audit'
import { exportAuditCsv } from './endpoints/exportAuditCsv'
import { refuseDeletes, refuseUpdates } from './hooks/refuseChanges'
import { actorNameForMachines } from './hooks/actorNameForMachines'
import { summaryInReadersLanguage } from './hooks/summaryInReadersLanguage'

const nobody = () => false

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { vi: 'Nhật ký kiểm tra', en: 'Audit entry' }, plural: { vi: 'Nhật ký kiểm tra', en: 'Audit log' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'event', 'actorName', 'summary'],
    group: { vi: 'Quản trị', en: 'Administration' },
    description: { vi: auditMessages.vi.description, en: auditMessages.en.description },
    components: { beforeListTable: ['/src/admin/audit/AuditLogTools#AuditLogTools'] },
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
      options: AUDIT_EVENTS.map((event) => ({ value: event, label: { vi: auditMessages.vi.event[event], en: auditMessages.en.event[event] } })),
      label: { vi: 'Sự kiện', en: 'Event' },
    },
    { name: 'summary', type: 'text', required: true, label: { vi: 'Tóm tắt', en: 'Summary' }, hooks: { afterRead: [summaryInReadersLanguage] } },
    { name: 'actorId', type: 'number', index: true, label: { vi: 'Mã người thực hiện', en: 'Actor id' } },
    { name: 'actorName', type: 'text', label: { vi: 'Người thực hiện', en: 'Person' }, hooks: { afterRead: [actorNameForMachines] } },
    { name: 'actorEmail', type: 'text', label: { vi: 'Email người thực hiện', en: 'Email' } },
    { name: 'actorLabel', type: 'text', label: { vi: 'Tác nhân hệ thống', en: 'System actor' } },
    { name: 'targetCollection', type: 'text', index: true, label: { vi: 'Loại đối tượng', en: 'Target type' } },
    { name: 'targetId', type: 'text', index: true, label: { vi: 'Mã đối tượng', en: 'Target id' } },
    { name: 'details', type: 'json', label: { vi: 'Chi tiết', en: 'Details' } },
  ],
}
