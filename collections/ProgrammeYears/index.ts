import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/roles'
import { isStaff } from '@/access/isStaff'
import { adminOnlyField, mayEditProgrammeYear, untilReportSubmitted } from '@/access/programme'
import { programmeGroup } from '../programmeGroup'
import { copyTasksForwardEndpoint } from './endpoints/copyTasksForward'
import { submitReportEndpoint } from './endpoints/submitReport'
import { keepYearWithItsWork } from './hooks/keepYearWithItsWork'
import { refuseChangesAfterSubmit } from './hooks/refuseChangesAfterSubmit'

const adminOnly = { update: adminOnlyField }
/** The report's own fields: read-only in the admin once it is submitted (the hook refuses the API's writes). */
const reportField = { update: untilReportSubmitted(() => true) }
const reportAdminOnly = { update: untilReportSubmitted(adminOnlyField) }
const systemOnly = { create: () => false, update: () => false }

/**
 * One programme year: its decision, the department that owes the year-end report, and the
 * report's editable parts. Marking the report submitted freezes a copy of it, as a code
 * revision is frozen: later changes to tasks or ledgers do not alter what was sent.
 */
export const ProgrammeYears: CollectionConfig = {
  slug: 'programme-years',
  labels: { singular: { vi: 'Năm chương trình', en: 'Programme year' }, plural: { vi: 'Năm chương trình', en: 'Programme years' } },
  admin: { useAsTitle: 'decisionNumber', defaultColumns: ['year', 'decisionNumber', 'reportDue', 'submittedAt'], group: programmeGroup },
  defaultSort: '-year',
  access: {
    read: isStaff,
    create: ({ req }) => hasRole(req.user, 'admin'),
    update: mayEditProgrammeYear,
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  endpoints: [copyTasksForwardEndpoint, submitReportEndpoint],
  hooks: { beforeOperation: [refuseChangesAfterSubmit], beforeDelete: [keepYearWithItsWork] },
  fields: [
    { name: 'year', type: 'number', required: true, unique: true, min: 2000, max: 2100, access: reportAdminOnly, label: { vi: 'Năm', en: 'Year' } },
    { name: 'decisionNumber', type: 'text', required: true, access: reportAdminOnly, label: { vi: 'Số quyết định', en: 'Decision number' } },
    { name: 'decisionDate', type: 'date', access: adminOnly, label: { vi: 'Ngày quyết định', en: 'Decision date' } },
    { name: 'reportDue', type: 'date', required: true, access: adminOnly, label: { vi: 'Hạn báo cáo', en: 'Report due' } },
    {
      name: 'hostInstitution',
      type: 'relationship',
      relationTo: 'institutions',
      required: true,
      access: reportAdminOnly,
      label: { vi: 'Đơn vị báo cáo', en: 'Reporting department' },
    },
    {
      type: 'collapsible',
      label: { vi: 'Báo cáo tổng kết', en: 'Year-end report' },
      fields: [
        { name: 'ministry', access: reportField, type: 'text', localized: true, label: { vi: 'Cơ quan chủ quản', en: 'Ministry' } },
        { name: 'reportNumber', access: reportField, type: 'text', label: { vi: 'Số báo cáo', en: 'Report number' } },
        { name: 'place', access: reportField, type: 'text', localized: true, label: { vi: 'Địa danh', en: 'Place' } },
        { name: 'reportDate', access: reportField, type: 'date', label: { vi: 'Ngày báo cáo', en: 'Report date' } },
        {
          name: 'difficulties',
          type: 'textarea',
          access: reportField,
          localized: true,
          label: { vi: 'II. Khó khăn, vướng mắc và bài học kinh nghiệm', en: 'II. Difficulties and lessons' },
        },
        {
          name: 'proposals',
          type: 'textarea',
          access: reportField,
          localized: true,
          label: { vi: 'III. Đề xuất chương trình năm sau', en: "III. Proposals for next year's programme" },
          admin: {
            description: {
              vi: 'Để trống để dùng đề xuất tự động từ các nhiệm vụ chưa hoàn thành, trễ hạn và thường xuyên.',
              en: 'Leave empty for the proposal drawn from unfinished, late and standing tasks.',
            },
          },
        },
      ],
    },
    {
      name: 'reportLifecycle',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/programme/ReportLifecyclePanel#ReportLifecyclePanel' } },
    },
    { name: 'submittedAt', type: 'date', access: systemOnly, admin: { readOnly: true, position: 'sidebar' }, label: { vi: 'Đã nộp lúc', en: 'Submitted at' } },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Người nộp', en: 'Submitted by' },
    },
    { name: 'frozenReport', type: 'json', access: systemOnly, admin: { hidden: true } },
    { name: 'remindersSent', type: 'json', access: systemOnly, admin: { hidden: true } },
  ],
}
